"""Round-21 membership rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_was_made_up_of_lists_the_delegations_members():
    ex = run(
        "Talks\n"
        "LIMA (Agency) - The minister received a delegation from Chile on Monday.\n"
        "The Chilean delegation was made up of the Undersecretary of Trade, Pablo Ignacio Rojas, "
        "and the Director of Bilateral Affairs, Ambassador Marta Soto Vial.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    deleg = ent(ex, "Chilean delegation").name  # named first "delegation from Chile"
    assert ("Pablo Ignacio Rojas", deleg) in got
    assert ("Marta Soto Vial", deleg) in got


def test_en_composed_of_lists_the_delegations_members():
    ex = run(
        "Talks\n"
        "LIMA (Agency) - The minister received a delegation from Chile on Monday.\n"
        "The Chilean delegation was composed of the Undersecretary of Trade, Pablo Ignacio Rojas.",
        "en",
    )
    deleg = ent(ex, "Chilean delegation").name
    assert ("Pablo Ignacio Rojas", deleg) in rels(ex, "MEMBER_OF")


def test_en_official_and_his_delegation_belongs_to_it():
    ex = run(
        "Talks\n"
        "KUALA LUMPUR (Agency) - Foreign Minister Datuk Seri Ahmad Zulkifli received Ghanaian "
        "Foreign Minister Kwame Asante Boateng on Monday.\n"
        "The Minister subsequently hosted a luncheon in honour of Minister Boateng and his "
        "delegation.",
        "en",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("Kwame Asante Boateng", "delegation") in got
    assert ("Ahmad Zulkifli", "delegation") not in got


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
