""" "Chairman of the X-Y Z Council NAME": a body named after two countries, one of whose names is
two words, is still the title's body and the name after it the holder's (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, rels, run, said


def test_en_two_word_country_inside_a_bilateral_body_name():
    ex = run(
        "Vice Chairman of the Oman-South Africa Business Council Pieter Jan Vermeulen said the "
        "talks in Sohar had been useful.",
        "en",
    )
    assert "Pieter Jan Vermeulen" in names(ex, "Official")
    assert ("Pieter Jan Vermeulen", "Oman-South Africa Business Council") in rels(ex, "MEMBER_OF")
    assert [sp for sp, _q in said(ex)] == ["Pieter Jan Vermeulen"]


def test_en_two_word_country_first_in_a_bilateral_body_name():
    ex = run(
        "The chamber hosted Chairwoman of the New Zealand-Peru Trade Council Marama Joy Tipene "
        "on Monday.",
        "en",
    )
    assert ("Marama Joy Tipene", "New Zealand-Peru Trade Council") in rels(ex, "MEMBER_OF")
