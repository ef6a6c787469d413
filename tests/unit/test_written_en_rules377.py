"""The one body met, then a lead cue and an official in apposition ("a meeting with <body>,
presided over by its chair, <official>"): that official sits on the body's side and meets the
other side (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Ecuadorian MPs in Warsaw\n\n"
    "WARSAW, 17 September -- The Speaker of the Sejm, Anna Kowalczyk Nowak, hosted a dinner on "
    "Monday for a parliamentary delegation from the National Assembly of Ecuador.\n\n"
    "The Ecuadorian delegation then had a meeting with the Committee on Maritime Economy, presided "
    "over by its chair, Dorota Wolska Baran, on shipyard contracts.\n"
)

GUESTS = "parliamentary delegation from the National Assembly of Ecuador"


def test_en_chair_of_the_body_met_meets_the_other_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({GUESTS, "Dorota Wolska Baran"}) in pairs
