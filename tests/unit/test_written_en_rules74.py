"""Round-21 membership rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_was_made_up_of_lists_the_delegations_members():
    ex = run(
        "Talks\n"
        "TBILISI (Agency) - A delegation from Armenia arrived for two days of talks on Thursday.\n"
        "Its delegation was made up of Deputy Finance Minister Narek Voskanyan and Customs "
        "Commissioner Ani Grigoryan.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    deleg = ent(ex, "delegation from Armenia").name
    assert ("Narek Voskanyan", deleg) in got
    assert ("Ani Grigoryan", deleg) in got


def test_en_composed_of_lists_the_delegations_members():
    ex = run(
        "Talks\n"
        "TBILISI (Agency) - A delegation from Armenia arrived for two days of talks on Thursday.\n"
        "The Armenian delegation was composed of Deputy Finance Minister Narek Voskanyan.",
        "en",
    )
    deleg = ent(ex, "Armenian delegation").name
    assert ("Narek Voskanyan", deleg) in rels(ex, "MEMBER_OF")


def test_en_official_and_his_delegation_belongs_to_it():
    ex = run(
        "Talks\n"
        "WELLINGTON (Agency) - Fisheries Minister Rangi Tawhiao welcomed Samoan Fisheries Minister "
        "Lemalu Faleolo to Napier on Friday.\n"
        "In the evening Minister Tawhiao offered a dinner to Minister Faleolo and his delegation.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("Lemalu Faleolo", "delegation") in got
    assert ("Rangi Tawhiao", "delegation") not in got


def test_en_the_head_of_a_committee_of_a_chamber_heads_the_committee():
    ex = run(
        "Talks\n"
        "AMMAN (Agency) - The Foreign Affairs Committee in the Senate, headed by Senator Samir "
        "Khalil Haddad, met a delegation of the Italian Parliament on Monday.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("Samir Khalil Haddad", "Foreign Affairs Committee") in got
    assert ("Samir Khalil Haddad", "Senate") not in got
