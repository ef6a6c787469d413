"""English delegation forms of round 22: "Y, who is visiting the country at the head of a
delegation": the bare indefinite delegation a clause's subject heads is a body of the leader's
country, named with its nisba ("the Chilean delegation"), headed by Y (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

_TEXT = (
    "Minister receives Chilean counterpart\n\n"
    "KUWAIT - Foreign Minister Salem Al-Rashid received on Monday his Chilean counterpart Pablo "
    "Herrera Vidal, who is visiting the country at the head of a delegation.\n"
    "Al-Rashid said ties were strong."
)


def test_en_bare_delegation_at_the_head_of_is_the_leaders_countrys():
    ex = run(_TEXT, "en")
    delegation = ent(ex, "Chilean delegation")
    assert "a delegation" in delegation.aliases
    assert ("Chilean delegation", "Chile") in rels(ex, "MEMBER_OF")
    assert ("Pablo Herrera Vidal", "Chilean delegation") in rels(ex, "MEMBER_OF")


def test_en_bare_delegation_without_a_lead_cue_names_nothing():
    ex = run(
        "Minister receives Chilean counterpart\n\n"
        "KUWAIT - Foreign Minister Salem Al-Rashid received on Monday his Chilean counterpart "
        "Pablo Herrera Vidal and said a delegation would follow.",
        "en",
    )
    assert not [e for e in ex.entities if "delegation" in e.name]


def test_en_led_delegation_with_modifiers_takes_the_leaders_country():
    ex = run(
        "Prime Minister receives Gabonese counterpart\n\n"
        "LIBREVILLE - The Head of Government received on Monday Gabonese Prime Minister Paul "
        "Obame, who is on a working visit to the Kingdom at the head of a large ministerial "
        "delegation.",
        "en",
    )
    delegation = ent(ex, "a large ministerial delegation")
    assert ("Paul Obame", delegation.name) in rels(ex, "MEMBER_OF")
    assert (delegation.name, "Gabon") in rels(ex, "MEMBER_OF")
