""" "a delegation from <country>" and "a delegation from <country>'s <body>": the bare delegation
is a body named with its origin, the side the host and the host's attendees meet, its head a
member not linked to the host (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

FROM_COUNTRY = (
    "River hatcheries on the agenda\n\n"
    "The Minister of Fisheries, Teodor Renkwell, on Thursday welcomed a delegation from "
    "Paraguay led by Deputy Agriculture Minister Mirela Castroviejo to discuss river-fish "
    "hatcheries. Deputy Minister of Fisheries Brisca Varhold joined the meeting.\n"
)

FROM_OWNER_BODY = (
    "River hatcheries on the agenda\n\n"
    "The Minister of Fisheries, Teodor Renkwell, on Thursday welcomed a delegation from "
    "Paraguay's Senate led by Deputy Agriculture Minister Mirela Castroviejo.\n"
)


def test_en_delegation_from_a_country_is_the_side_met():
    ex = run(FROM_COUNTRY, "en")
    deleg = "delegation from Paraguay"
    assert deleg in names(ex, "Agency")
    pairs = met(ex)
    assert frozenset({"Teodor Renkwell", deleg}) in pairs
    assert frozenset({"Brisca Varhold", deleg}) in pairs
    assert not any("Mirela Castroviejo" in p for p in pairs)
    members = rels(ex, "MEMBER_OF")
    assert ("Mirela Castroviejo", deleg) in members
    assert (deleg, "Paraguay") in members


def test_en_delegation_from_a_countrys_body_names_the_body():
    ex = run(FROM_OWNER_BODY, "en")
    deleg = "delegation from Paraguay's Senate"
    assert deleg in names(ex, "Agency")
    assert frozenset({"Teodor Renkwell", deleg}) in met(ex)
    assert (deleg, "Paraguay's Senate") in rels(ex, "MEMBER_OF")
