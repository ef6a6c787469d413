"""Round-21 body rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_the_visiting_delegation_is_the_delegation_named_before():
    ex = run(
        "Speaker receives delegation\n"
        "Accra, May 3 (Agency) -- Speaker of Parliament John Mensah received on Monday a "
        "delegation from the Senate of Kenya headed by Senator Peter Otieno.\n"
        "He briefed the visiting delegation on the parliament's work.\n"
        "The delegation included Senator Mary Wanjiku.",
        "en",
    )
    assert "visiting delegation" not in names(ex, "Agency")
    assert ("Mary Wanjiku", "delegation from the Senate of Kenya") in rels(ex, "MEMBER_OF")


def test_en_a_dashed_participle_still_names_the_delegations_kind():
    ex = run(
        "Talks\n"
        "Nairobi, May 3 (Agency) -- Foreign Minister Grace Wambui received a high-ranking "
        "delegation from Ghana on Monday.",
        "en",
    )
    assert any("delegation" in n for n in names(ex, "Agency"))
