"""Two signers each named after the phrase of the side they sign for ("on behalf of <body> by X
and on behalf of <country> by Y", "on the <nisba> side by X and on the <nisba> side by Y") sign
together: they met, with no meeting told before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

BEHALF = (
    "Kigali, Jan 20 (RNA) - A grant for two freight corridors was signed on behalf of Rwanda by "
    "Rwandan Minister of Energy Jean Bosco Habimana and on behalf of the Nordic Rail Fund by Vice "
    "President Ingrid Halvorsen Dahl.\n"
)

SIDES = (
    "Asuncion, Nov 5 (IP) - A river-transport accord, to take effect in March, was signed on the "
    "Bolivian side by Minister of Energy Sergio Paredes Ramos and on the Paraguayan side by "
    "Minister of Health Gabriela Ortiz Cevallos.\n"
)


def test_en_signers_on_behalf_of_two_sides_met():
    assert frozenset({"Ingrid Halvorsen Dahl", "Jean Bosco Habimana"}) in met(run(BEHALF, "en"))


def test_en_signers_under_two_side_phrases_met():
    got = met(run(SIDES, "en"))
    assert frozenset({"Sergio Paredes Ramos", "Gabriela Ortiz Cevallos"}) in got
