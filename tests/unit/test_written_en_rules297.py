""" "a delegation from <country>" and "a delegation from <country>'s <body>": the bare delegation
is a body named with its origin, the side the host and the host's attendees meet, its head a
member not linked to the host (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

FROM_COUNTRY = (
    "Mongolian visitors discuss power lines\n\n"
    "A delegation from Mongolia, headed by Vice Minister of Mining Batbold Ganzorig, held talks "
    "on Friday with Energy Minister Ilse Marbrook on building cross-border power lines. Ms "
    "Marbrook was joined at the talks by State Secretary Oren Falkstad.\n"
)

FROM_OWNER_BODY = (
    "Dam safety on legislators' agenda\n\n"
    "Senator Aldous Frayne chaired a working session on Wednesday with a delegation from "
    "Kyrgyzstan's Parliament, which is touring hydropower dams in the region.\n"
)


def test_en_delegation_from_a_country_is_the_side_met():
    ex = run(FROM_COUNTRY, "en")
    deleg = "delegation from Mongolia"
    assert deleg in names(ex, "Agency")
    pairs = met(ex)
    assert frozenset({"Ilse Marbrook", deleg}) in pairs
    assert frozenset({"Oren Falkstad", deleg}) in pairs
    assert not any("Batbold Ganzorig" in p for p in pairs)
    members = rels(ex, "MEMBER_OF")
    assert ("Batbold Ganzorig", deleg) in members
    assert (deleg, "Mongolia") in members


def test_en_delegation_from_a_countrys_body_names_the_body():
    ex = run(FROM_OWNER_BODY, "en")
    deleg = "delegation from Kyrgyzstan's Parliament"
    assert deleg in names(ex, "Agency")
    assert frozenset({"Aldous Frayne", deleg}) in met(ex)
    assert (deleg, "Kyrgyzstan's Parliament") in rels(ex, "MEMBER_OF")
