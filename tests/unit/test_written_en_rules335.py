"""A "non-resident" ambassador (accredited from a post elsewhere) holds an ambassador's post: the
title and its country stay whole, the hyphened modifier does not break them (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Geothermal talks in Windhoek\n\n"
    "Namibia's Minister of Mines and Energy Tjeripo Hangula held talks on Friday with Iceland's "
    "Minister of Industry Gunnar Thorvaldsson on drilling licences in the Karas region.\n\n"
    "Iceland's non-resident Ambassador to Namibia Sigrun Eyjolfsdottir, who is based in Pretoria, "
    "also took part in the talks.\n"
)


def test_en_non_resident_ambassador_keeps_title_and_country():
    ex = run(TEXT, "en")
    e = ent(ex, "Sigrun Eyjolfsdottir")
    assert e.title is not None and e.title.startswith("Iceland's non-resident Ambassador")
    assert e.country == "ISL"
    pairs = met(ex)
    assert frozenset({"Sigrun Eyjolfsdottir", "Tjeripo Hangula"}) in pairs
    assert frozenset({"Sigrun Eyjolfsdottir", "Gunnar Thorvaldsson"}) not in pairs
