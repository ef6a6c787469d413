"""A "non-resident" ambassador (accredited from a post elsewhere) holds an ambassador's post: the
title, its country and the side it sits on at a meeting (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Estonia and Bolivia discuss lithium\n\n"
    "Minister of Economic Affairs Priit Kallas received on Thursday in Tallinn Bolivia's Minister "
    "of Mining Teodoro Quispe Mamani.\n\n"
    "Present at the meeting were Bolivia's non-resident Ambassador to Estonia Irene Choque "
    "Villca and Director of the Geological Survey of Estonia Maarja Tamm.\n"
)


def test_en_non_resident_ambassador_keeps_title_and_country():
    e = ent(run(TEXT, "en"), "Irene Choque Villca")
    assert e.title is not None and "Ambassador" in e.title
    assert e.country == "BOL"


def test_en_non_resident_ambassador_meets_the_host_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Irene Choque Villca", "Priit Kallas"}) in pairs
    assert frozenset({"Irene Choque Villca", "Teodoro Quispe Mamani"}) not in pairs
