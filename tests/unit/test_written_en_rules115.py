"""Round-23 meeting rule (English): a parliamentary committee opening the body after a dateline
("SUVA, 2 May – The Standing Committee on X this morning held a meeting with a delegation …") is
the subject side of the meeting and meets the delegation as a body; it still meets no official
this way (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_committee_after_a_dateline_holds_the_meeting_with_a_delegation():
    ex = run(
        "WINDHOEK, 4 May 2026 – The Standing Committee on Foreign Relations this morning held a "
        "meeting with a delegation from the Senate of Chile, led by Hon. Pablo Herrera Soto, "
        "Chair of the Senate Committee on Foreign Affairs.",
        "en",
    )
    assert any(
        "Standing Committee on Foreign Relations" in p and any("delegation" in n for n in p)
        for p in met(ex)
    )


def test_en_committee_meets_no_official_this_way():
    ex = run(
        "WINDHOEK, 4 May 2026 – The Standing Committee on Foreign Relations this morning held a "
        "meeting with the Ambassador of Chile, H.E. Pablo Herrera Soto.",
        "en",
    )
    assert not any("Standing Committee on Foreign Relations" in p for p in met(ex))
