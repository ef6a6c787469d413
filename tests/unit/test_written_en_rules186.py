"""English: a minister's fields joined by "and" ("Minister of Trade and Integration") before the
holder's name, a given name outside the name list too: the last two capitalised words of no
lexicon before a lower-case word or a punctuation mark are the name (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_holder_after_two_fields_joined_by_and():
    ex = run(
        "Officials from Lisbon met a Latvian delegation headed by Deputy Minister of Development "
        "and Technology Ilze Berzina-Kalna, on the margins of the port conference.",
        "en",
    )
    assert "Ilze Berzina-Kalna" in names(ex, "Official")
    assert not any("Technology" in n for n in names(ex, "Official"))


def test_en_holder_after_a_two_word_field_joined_by_and():
    ex = run(
        "The talks were attended by Minister of Labour and Vocational Training Tolkun Asanbekova "
        "and senior officials of the ministry.",
        "en",
    )
    assert "Tolkun Asanbekova" in names(ex, "Official")


def test_en_list_of_ministers_with_joined_fields():
    ex = run(
        "The visitor met Minister of Energy and Mines Rustam Jorabekov, Minister of Culture "
        "Dilfuza Karimova and the governor of the province.",
        "en",
    )
    assert "Rustam Jorabekov" in names(ex, "Official")
    assert not any(n.startswith("Mines") for n in names(ex, "Official"))


def test_en_region_of_a_vice_president_is_no_holder():
    ex = run(
        "The minister discussed with the Bank's Vice President for the Caribbean and Central "
        "America Region, Tomas Valdivieso Arce, the bank's projects.",
        "en",
    )
    assert "America Region" not in names(ex, "Official")
