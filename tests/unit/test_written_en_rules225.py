"""A minister's post joined by "and" with no article of its own to a bare post that names one
person ("the Prime Minister and Minister of Foreign Affairs") is that person's second post, even
when a foreign minister of another country is named in the article (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_prime_minister_and_foreign_minister_is_one_unnamed_official():
    ex = run(
        "HE Minister of State Dr. Salem Rashid Al-Nuaimi received a letter from Foreign Minister"
        " of the Republic of Valdoria Petar Lukic.\n"
        "The letter was addressed to HE the Prime Minister and Minister of Foreign Affairs,"
        " and concerned bilateral ties.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Prime Minister and Minister of Foreign Affairs" in officials
    assert "Prime Minister" not in officials


def test_en_crown_prince_and_defence_minister_is_one_unnamed_official():
    ex = run(
        "The delegation was received by the Crown Prince and Minister of Defence in the capital.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Crown Prince and Minister of Defence" in officials
    assert "Crown Prince" not in officials


def test_en_the_second_post_with_its_own_article_is_another_person():
    ex = run(
        "The delegation was received by the Crown Prince and the Minister of Defence of Valdoria.",
        "en",
    )
    assert "Crown Prince and Minister of Defence" not in names(ex, "Official")
