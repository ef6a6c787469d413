"""Review fixes, round 20: a father's or relative's name ending a lineage name is another person;
a former minister is no second head of a ministry; a name ending in a syllable that is also an
initial's abbreviation (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_fathers_name_ending_a_lineage_name_is_another_person():
    # "Hamad Al Khalili" ends "Nasser bin Hamad Al Khalili", but after 'bin' it is the father
    ex = run(
        "Audience\nEmir Sheikh Nasser bin Hamad Al Khalili received Sheikh Hamad Al Khalili, the "
        "Minister of Culture, on Monday.",
        "en",
    )
    assert {"Nasser bin Hamad Al Khalili", "Hamad Al Khalili"} <= names(ex, "Official")
    assert ("Nasser bin Hamad Al Khalili", "Hamad Al Khalili") in rels(ex, "MET_WITH") | {
        (t, s) for s, t in rels(ex, "MET_WITH")
    }


def test_en_a_name_opening_with_a_given_name_ending_a_longer_one_is_another_person():
    # a chain without 'bin' (son's given name, then the father's name): the short form opens
    # with a given name, so it is a name of its own, not a surname
    ex = run(
        "Talks\nAmbassador Karim Omar Youssef Mansour met former President Omar Youssef Mansour "
        "in the capital on Sunday.",
        "en",
    )
    assert {"Karim Omar Youssef Mansour", "Omar Youssef Mansour"} <= names(ex, "Official")


def test_en_a_double_surname_still_merges():
    # the guard leaves the surname short forms alone
    ex = run(
        "Talks\nForeign Minister Ana Lucia Garcia Pedraza met the visiting delegation on Monday. "
        "Minister Garcia Pedraza said the talks had been useful.",
        "en",
    )
    assert names(ex, "Official") == {"Ana Lucia Garcia Pedraza"}


def test_en_a_chinese_name_ending_in_yu_ends_its_sentence():
    # "Yu" is a common Chinese and Korean name syllable: "Yu." at a sentence end is no initial
    ex = run(
        "Talks\nForeign Minister Marek Nowicki met Ambassador Chen Yu. Polish Deputy Minister "
        "Anna Zielinska said the meeting was useful.",
        "en",
    )
    assert "Chen Yu" in names(ex, "Official")
    assert any(s == "Anna Zielinska" for s, _ in rels(ex, "SAID"))
