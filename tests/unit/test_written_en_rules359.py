""" "met with TITLE NAME, TITLE [Ambassador] NAME, and …": in a list of guests, a post after a
comma followed by a bare style and a name is that next person's post, not a second post of the
name before the comma (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run

TEXT = (
    "The Minister of Trade, Dr. Ewa Marczak, held talks in Gdansk on Friday with Chile's Deputy "
    "Foreign Minister Rosa Elena Paredes, Deputy Trade Minister of Peru Ambassador Luis Alberto "
    "Quispe, and the Director of the Asia Division at the Foreign Ministry Jonas Lindqvist."
)


def test_en_post_before_a_styled_name_is_the_next_guests():
    ex = run(TEXT, "en")
    assert ent(ex, "Luis Alberto Quispe").country == "PER"
    assert ent(ex, "Rosa Elena Paredes").title == "Chile's Deputy Foreign Minister"
    members = rels(ex, "MEMBER_OF")
    assert ("Rosa Elena Paredes", "Peruvian Trade Ministry") not in members
    assert ("Luis Alberto Quispe", "Peruvian Trade Ministry") in members


def test_en_each_guest_of_the_list_is_met():
    pairs = met(run(TEXT, "en"))
    for guest in ("Rosa Elena Paredes", "Luis Alberto Quispe", "Jonas Lindqvist"):
        assert frozenset({"Ewa Marczak", guest}) in pairs
