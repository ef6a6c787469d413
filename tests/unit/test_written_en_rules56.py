"""Names/titles, round 20 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_fields_listed_after_a_name_and_closed_by_the_country_stay_in_the_title():
    # "X, Minister of A, B and C of <country>, and Y": the list closed by the title's country is
    # one post, the ministry of all its fields
    ex = run(
        "Talks\nThe session was chaired by Mr. Omar Fathy, Minister of Foreign Affairs, Emigration "
        "and Egyptian Expatriates of the Arab Republic of Egypt, and Ms. Ana Lopes, Minister for "
        "Foreign Affairs of the Republic of Chile.",
        "en",
    )
    assert (
        "Omar Fathy",
        "Ministry of Foreign Affairs, Emigration and Egyptian Expatriates",
    ) in rels(ex, "MEMBER_OF")
    assert "Ministry of Foreign Affairs, Emigration and Egyptian Expatriates" in names(ex, "Agency")


def test_en_secretary_of_state_for_a_field_is_no_state_department():
    # "Secretary of State for European Integration": another government's junior minister with a
    # field, not the US secretary, whose style takes no "for"
    ex = run(
        "Visit\nSeoul - The vice minister received Secretary of State for European Integration "
        "Maria Costa Ferreira on Monday to discuss trade.",
        "en",
    )
    assert "Maria Costa Ferreira" in names(ex, "Official")
    assert "State Department" not in names(ex, "Agency")
    assert not any(target == "State Department" for _, target in rels(ex, "MEMBER_OF"))
