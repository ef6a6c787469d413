"""Names and titles of officials, round 16b (sentences written for these tests, names invented)."""

from __future__ import annotations

from .helpers import names, rels, run, said


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


def test_en_abbreviated_middle_name_ma_ends_no_sentence_and_stays_in_the_name():
    # "Jose Ma. X": the short form of Maria as a middle name, like an initial
    ex = run(
        "Trade talks\n"
        "The Foreign Secretary met Ambassador Ramon Ma. Villaflor in London on Monday. "
        "Villaflor said the talks were useful.",
        "en",
    )
    assert "Ramon Ma. Villaflor" in names(ex, "Official")
    assert any(s == "Ramon Ma. Villaflor" for s, _ in said(ex))
