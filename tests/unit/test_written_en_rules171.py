"""A body whose name carries its country only as a city's or capital's ("the Jeddah Chamber of
Commerce") is that place's body: no MEMBER_OF to the country; a body named with the country
or its demonym keeps it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_city_chamber_is_not_linked_to_the_country():
    ex = run(
        "Ahmed Saleh Al-Harbi, chairman of the Jeddah Chamber of Commerce and Industry, met "
        "the Italian Ambassador Marco Rossi on Monday.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("Ahmed Saleh Al-Harbi", "Jeddah Chamber of Commerce and Industry") in got
    assert ("Jeddah Chamber of Commerce and Industry", "Saudi Arabia") not in got


def test_en_capital_chamber_is_not_linked_to_the_country():
    ex = run(
        "Ahmed Saleh Al-Harbi, chairman of the Riyadh Chamber of Commerce, met the Italian "
        "Ambassador Marco Rossi on Monday.",
        "en",
    )
    assert ("Riyadh Chamber of Commerce", "Saudi Arabia") not in rels(ex, "MEMBER_OF")


def test_en_demonym_chamber_keeps_its_country():
    ex = run(
        "Ahmed Saleh Al-Harbi, chairman of the Saudi Chamber of Commerce, met the Italian "
        "Ambassador Marco Rossi on Monday.",
        "en",
    )
    assert ("Saudi Chamber of Commerce", "Saudi Arabia") in rels(ex, "MEMBER_OF")
