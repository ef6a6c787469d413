""" "... was signed by <a deputy of the host's ministry> and <an official of no body the text
names>" after a minister hosted a guest: the second signs for the guest's side and meets the host;
the first meets the guest (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Irrigation loan discussed in Tirana\n\n"
    "TIRANA, March 3 - Minister of Agriculture Besnik Doda held talks on Tuesday with "
    "Vice President of the Alpine Development Bank Ingrid Sommerauer about canals in the south.\n\n"
    "Pumping stations and the cost of lining old channels took most of the session.\n\n"
    "Once the talks ended, a framework note on the canal loan was signed by Deputy Minister of "
    "Agriculture Elona Hysa and Senior Adviser Dr. Matthias Gruber.\n"
)


def test_en_signer_of_no_named_body_signs_for_the_guest_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Matthias Gruber", "Besnik Doda"}) in pairs
    assert frozenset({"Elona Hysa", "Ingrid Sommerauer"}) in pairs
    assert frozenset({"Elona Hysa", "Matthias Gruber"}) in pairs
