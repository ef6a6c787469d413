"""English: a bare post joined by "and", with no article of its own, right before a post that
names one person is that person's first post: "the Chairman and Managing Director of X" is one
official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_chairman_and_managing_director_is_one_official():
    ex = run(
        "During her stay in Mysore the secretary held talks with the Chairman and Managing"
        " Director of Southern Turbines Limited.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Chairman and Managing Director of Southern Turbines Limited" in officials
    assert "Managing Director of Southern Turbines Limited" not in officials


def test_en_member_and_chair_are_not_joined():
    ex = run(
        "The minister met members and the Chairman of the Valdorian Senate in the capital.",
        "en",
    )
    assert not any(n.startswith("members and") for n in names(ex, "Official"))
