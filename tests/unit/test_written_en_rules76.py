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


def test_en_an_initial_and_the_surname_is_the_fuller_name_they_shorten():
    ex = run(
        "Talks\n"
        "Bishkek, May 3 (Agency) -- Minister of Foreign Affairs of Kazakhstan Yerlan Bolatovich "
        "Nurlanov met with the Ambassador of Japan Hiroshi Tanaka.\n"
        "Minister Y. Nurlanov noted that the two countries share common goals.",
        "en",
    )
    assert "Y. Nurlanov" not in names(ex, "Official")
    assert "Yerlan Bolatovich Nurlanov" in names(ex, "Official")


def test_en_an_initial_of_another_first_name_is_not_merged():
    ex = run(
        "Talks\n"
        "Bishkek, May 3 (Agency) -- Minister of Foreign Affairs of Kazakhstan Yerlan Bolatovich "
        "Nurlanov met with the Ambassador of Japan Hiroshi Tanaka.\n"
        "Deputy Minister A. Nurlanov also attended the meeting.",
        "en",
    )
    assert "A. Nurlanov" in names(ex, "Official")
