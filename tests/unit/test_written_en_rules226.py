"""English: "Latin America", "Central American", "North American" name regions, not the United
States; a longer country form starting at the region word ("South Korea", "North Korean") still
names its country (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_latin_and_central_america_name_no_country():
    ex = run(
        "Foreign Minister Tomas Herrlund ended a tour of Central America on Friday and told"
        " Latin American lawmakers that North American markets remained open to them.",
        "en",
    )
    assert "United States" not in names(ex, "Country")


def test_en_korea_with_compass_word_is_still_a_country():
    ex = run(
        "Foreign Minister Tomas Herrlund met the South Korean ambassador and discussed North Korea"
        " and trade with the United States.",
        "en",
    )
    countries = names(ex, "Country")
    assert {"South Korea", "North Korea", "United States"} <= countries
