"""A listed given name glued by a hyphen to a capitalised word ("Marie-Claire", "Jean-Marc") ends a
title's capitalised field: the compound given name opens the holder's name (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Refugee agency team visits border camps\n\n"
    "The provincial governor, Rashid Kamara, on Thursday received a team led by Director of Field "
    "Programmes Marie-Claire Dufresne.\n\n"
    "The team also included Head of Logistics Jean-Marc Vandenberghe, who toured two warehouses "
    "near the border.\n"
)


def test_en_hyphened_given_name_ends_the_field():
    officials = names(run(TEXT, "en"), "Official")
    assert "Marie-Claire Dufresne" in officials
    assert "Jean-Marc Vandenberghe" in officials
    assert not any("Programmes" in n or "Logistics" in n for n in officials)


def test_en_hyphened_given_name_keeps_the_meeting():
    assert frozenset({"Rashid Kamara", "Marie-Claire Dufresne"}) in met(run(TEXT, "en"))
