""" "a working session with the X Committee, chaired by its head, Z": the chair a lead cue
right after the body met names sits on its side and meets the other side (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Senate President receives Kenyan parliamentary delegation\n\n"
    "WINDHOEK, 2 May (NAMPA) -- The President of the National Council of Namibia, Lukas "
    "Hamutenya Nghidinwa, received a parliamentary delegation from the National Assembly of "
    "Kenya led by Deputy Speaker Grace Wambui Njoroge.\n\n"
    "The Kenyan delegation later held a working session with the Standing Committee on "
    "Economics, chaired by its head, Petrus Ndeulitufa Amukoto, on fish exports.\n"
)


def test_en_chair_of_the_body_met_meets_the_other_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Kenyan parliamentary delegation", "Petrus Ndeulitufa Amukoto"}) in pairs
