"""English ministry forms of round 22: a title "Minister for X" implies a ministry also named
"Ministry for X" (as governments that style their minister so style the ministry), besides the
usual "Ministry of X" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_minister_for_names_the_ministry_for():
    ex = run(
        "Ministers meet in Tallinn\n\n"
        "TALLINN - Estonia's Minister for Foreign Affairs, Kadri Lepik, met on Monday with the "
        "Latvian Foreign Minister Janis Ozols.",
        "en",
    )
    ministry = ent(ex, "Estonian Foreign Ministry")
    assert "Ministry for Foreign Affairs" in ministry.aliases
    assert "Estonian Ministry for Foreign Affairs" in ministry.aliases
    assert "Ministry of Foreign Affairs" in ministry.aliases


def test_en_minister_of_keeps_only_the_ministry_of():
    ex = run(
        "Ministers meet in Riga\n\n"
        "RIGA - Latvia's Minister of Foreign Affairs, Janis Ozols, met on Monday with the "
        "Estonian Foreign Minister Kadri Lepik.",
        "en",
    )
    ministry = ent(ex, "Latvian Foreign Ministry")
    assert "Ministry for Foreign Affairs" not in ministry.aliases
