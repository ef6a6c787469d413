"""Names and titles of officials, round 16b (sentences written for these tests, names invented)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_capitalised_said_between_a_given_name_and_a_surname_is_a_middle_name():
    # "Brigadier General Karim Said Fawzy": a verb after a name is written in lower case
    ex = run(
        "Defence talks\n"
        "The visiting delegation included Director of the Military Works Authority Brigadier "
        "General Karim Said Fawzy and several senior officers.",
        "en",
    )
    assert "Karim Said Fawzy" in names(ex, "Official")
    assert ("Karim Said Fawzy", "Military Works Authority") in rels(ex, "MEMBER_OF")
