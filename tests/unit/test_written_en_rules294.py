"""A listed given name glued by a hyphen to a capitalised word ("Marie-Claire", "Jean-Marc") ends a
title's capitalised field: the compound given name opens the holder's name; a role spelled as a
listed given name ("Sultan") is a name word inside a name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Refugee agency team visits border camps\n\n"
    "The provincial governor, Rashid Kamara, on Thursday received a team led by Director of Field "
    "Programmes Marie-Claire Dufresne.\n\n"
    "Two warehouses near the border were toured on Friday by Head of Logistics Jean-Marc "
    "Vandenberghe.\n"
)


def test_en_hyphened_given_name_ends_the_field():
    officials = names(run(TEXT, "en"), "Official")
    assert "Marie-Claire Dufresne" in officials
    assert "Jean-Marc Vandenberghe" in officials
    assert not any("Programmes" in n or "Logistics" in n for n in officials)


def test_en_hyphened_given_name_keeps_the_meeting():
    assert frozenset({"Rashid Kamara", "Marie-Claire Dufresne"}) in met(run(TEXT, "en"))


TEXT_SULTAN = (
    "Port authority briefs shipping lines\n\n"
    "Badr Sultan Al-Maskari, the Chairman of the Ports Authority, said the new berth would open in "
    "May.\n\n"
    "Shipping lines were briefed in the afternoon by Undersecretary for Maritime Transport Sultan "
    "Nasser Al-Kindi.\n"
)


def test_en_role_spelled_given_name_inside_and_opening_a_name():
    """A role that is also a listed given name ("Sultan") is a name word as a middle name after a
    listed given name, and opens the holder's name after a capitalised field."""
    officials = names(run(TEXT_SULTAN, "en"), "Official")
    assert "Badr Sultan Al-Maskari" in officials
    assert "Sultan Nasser Al-Kindi" in officials
    assert "Badr" not in officials
    assert "Nasser Al-Kindi" not in officials
