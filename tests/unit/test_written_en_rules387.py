"""Two signers each named after the phrase of the side they sign for ("on behalf of <body> by X
and on behalf of <country> by Y", "on the <nisba> side by X and on the <nisba> side by Y") sign
together: they met, with no meeting told before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

BEHALF = (
    "Santiago, Jan 20 (Orbe) - The Nordic Rail Fund granted Chile a loan of EUR 40 million for "
    "freight lines.\n\n"
    "The loan was signed on behalf of the Fund by its President Ingrid Halvorsen Dahl and on "
    "behalf of Chile by Minister of Transport Ricardo Fuentes Olmedo in the capital.\n"
)

SIDES = (
    "Lima, Nov 5 (Andina) - An accord on fish stocks was signed on the Peruvian side by Minister "
    "of Production Sergio Paredes Ramos and on the Ecuadorian side by Minister of Fisheries "
    "Gabriela Ortiz Cevallos.\n"
)


def test_en_signers_on_behalf_of_two_sides_met():
    assert frozenset({"Ingrid Halvorsen Dahl", "Ricardo Fuentes Olmedo"}) in met(run(BEHALF, "en"))


def test_en_signers_under_two_side_phrases_met():
    got = met(run(SIDES, "en"))
    assert frozenset({"Sergio Paredes Ramos", "Gabriela Ortiz Cevallos"}) in got
