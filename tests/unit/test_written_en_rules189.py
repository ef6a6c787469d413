"""English: "Chairman of the Japan Bank for …": an article before a one-word country name that
takes none belongs to the noun after it; the capitalised words after the country are the body's
name, not a holder's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_article_before_country_opens_a_body_name_not_a_holder():
    ex = run(
        "The minister also met Mr. Kenta Morimoto, Governor of the Japan Bank for Rural "
        "Credit, on Monday.",
        "en",
    )
    officials = names(ex, "Official")
    assert officials == {"Kenta Morimoto"}
    assert "Japan Bank" in (ent(ex, "Kenta Morimoto").title or "")


def test_en_body_name_with_and_ends_the_title_before_the_next_person():
    ex = run(
        "The delegation included Pham Van Long, Chairman of the Vietnam Leather and Footwear "
        "Association, and Nguyen Thi Hoa, Director of the Ministry of Industry and Trade.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Footwear Association" not in officials and "Leather" not in officials
    assert "Pham Van Long" in officials
    assert "Nguyen Thi Hoa" in officials


def test_en_country_without_article_still_ends_the_title_before_a_name():
    ex = run("The talks were joined by Ambassador of Japan Hiroshi Tanabe.", "en")
    assert "Hiroshi Tanabe" in names(ex, "Official")


def test_en_country_taking_the_article_still_ends_the_title_before_a_name():
    ex = run("He received the Ambassador of the Philippines Maria Santos Reyes.", "en")
    assert "Maria Santos Reyes" in names(ex, "Official")
