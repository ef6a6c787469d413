""" "received TITLE NAME, TITLE [Ambassador] NAME, and …": in a list of guests, a post after a
comma followed by a bare style and a name is that next person's post, not a second post of the
name before the comma (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run

TEXT = (
    "Estonia's Minister of Economy Karin Lepp received Uruguay's Vice Minister of Defence Gonzalo "
    "Pereyra Ibarra, Deputy Minister of Agriculture of Ecuador Ambassador Diego Fernando Salazar, "
    "and a group of bankers in Tartu on Thursday."
)


def test_en_post_before_a_styled_name_is_the_next_guests():
    ex = run(TEXT, "en")
    assert ent(ex, "Diego Fernando Salazar").country == "ECU"
    assert ent(ex, "Gonzalo Pereyra Ibarra").title == "Uruguay's Vice Minister of Defence"
    members = rels(ex, "MEMBER_OF")
    assert ("Gonzalo Pereyra Ibarra", "Agriculture Ministry") not in members
    assert ("Diego Fernando Salazar", "Agriculture Ministry") in members


def test_en_each_guest_of_the_list_is_met():
    pairs = met(run(TEXT, "en"))
    for guest in ("Gonzalo Pereyra Ibarra", "Diego Fernando Salazar"):
        assert frozenset({"Karin Lepp", guest}) in pairs
