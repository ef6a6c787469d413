""" "X and Y joined the Secretary." closing a readout's meeting: X and Y sat on the Secretary's
side and met the guest, not the Secretary (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Secretary Darrow's meeting with Norland Foreign Minister Vassel\n\n"
    "Secretary of Commerce Helen P. Darrow met today in Washington with Norland's Foreign "
    "Minister Teodor Vassel. The Secretary and Foreign Minister Vassel discussed port investment "
    "and fisheries.\n\n"
    "Deputy Assistant Secretary for Export Promotion Brian T. Coyle and Chief of Staff Laura K. "
    "Finch joined the Secretary.\n"
)


def test_en_officials_who_joined_the_host_meet_the_guest():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Brian T. Coyle", "Teodor Vassel"}) in pairs
    assert frozenset({"Laura K. Finch", "Teodor Vassel"}) in pairs
    assert frozenset({"Brian T. Coyle", "Helen P. Darrow"}) not in pairs


def test_en_joined_in_an_appeal_is_no_attendance():
    text = TEXT.replace(
        "joined the Secretary.", "joined the Secretary in calling for lower tariffs."
    )
    pairs = met(run(text, "en"))
    assert not any("Brian T. Coyle" in p for p in pairs)
