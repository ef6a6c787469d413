"""Review fixes, round 20 (names), English: a role word that is also a given name right after a
title opens the holder's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_a_given_name_spelled_as_a_role_after_a_title_is_the_holders_first_name():
    ex = run(
        "Talks\nMinister of State for Trade Amir Al Hashemi said the talks were useful.",
        "en",
    )
    assert "Amir Al Hashemi" in names(ex, "Official")


def test_en_a_role_after_an_honorific_stays_a_title():
    ex = run(
        "Talks\nHis Majesty Sultan Haitham bin Tarik received the delegation on Monday.",
        "en",
    )
    assert "Haitham bin Tarik" in names(ex, "Official")
