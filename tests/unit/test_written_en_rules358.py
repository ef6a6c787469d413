""" "TITLE of the X-Y Z Commission NAME": a bilateral body named after two countries, one of whose
names is two words, is still the title's body, and the name right after it the holder's
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_two_word_country_first_in_a_bilateral_body_name():
    ex = run(
        "The port authority later thanked Director of the New Zealand-Fiji Shipping Commission "
        "Josefa Tevita Naulu for his visit to Suva.",
        "en",
    )
    assert "Josefa Tevita Naulu" in names(ex, "Official")
    assert ("Josefa Tevita Naulu", "New Zealand-Fiji Shipping Commission") in rels(ex, "MEMBER_OF")


def test_en_two_word_country_second_in_a_bilateral_body_name():
    ex = run(
        "The embassy hosted Director of the Ghana-South Korea Fisheries Commission Kwame Adjei "
        "Mensah at a dinner in Accra.",
        "en",
    )
    assert ("Kwame Adjei Mensah", "Ghana-South Korea Fisheries Commission") in rels(ex, "MEMBER_OF")
