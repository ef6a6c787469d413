"""English meeting rules of the twenty-eighth round (issue #10: relations on unseen text): a
delegation's members listed ("The delegation included A and B") are members only, linked to no
one the delegation meets (dev2's practice; sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

# ---- "The X delegation included A; B" after talks of two delegations: members meet no one ----
STATE_VISIT = (
    "Joint Statement on the Visit of the President of Chile to Portugal\n"
    "1. At the invitation of the President of Portugal, His Excellency Tomas Verhoeven Adler, "
    "the President of Chile, His Excellency Piotr Lanski Morawetz, paid a State Visit to "
    "Portugal from 3 to 5 May 2026.\n"
    "2. The two Presidents held talks at the Belém Palace, followed by expanded talks "
    "between the two delegations.\n"
    "3. The Chilean delegation included the Minister of Foreign Affairs, Ambassador Karol "
    "Wenzel Brandt; and the Minister of Energy, Mr. Anton Reiss Kowal.\n"
    "4. The Presidents agreed to meet again next year.\n"
)


def test_en_delegation_members_listed_meet_no_one():
    m = met(run(STATE_VISIT, "en"))
    assert frozenset({"Tomas Verhoeven Adler", "Piotr Lanski Morawetz"}) in m
    for member in ("Karol Wenzel Brandt", "Anton Reiss Kowal"):
        assert frozenset({"Tomas Verhoeven Adler", member}) not in m


# ---- the delegation received as such stays the side; its head and members are no side ----
RECEIVED = (
    "Minister receives Chilean delegation\n"
    "LISBON - The Portuguese Minister of Economy, Mr. Joao Martins Costa, on Monday received a "
    "delegation from the Senate of Chile headed by Senator Juan Pablo Rojas Vidal.\n"
    "The two sides discussed trade in copper and wine.\n"
    "The delegation, which includes Senator Maria Isabel Vargas Soto, later met with the "
    "President of the Assembly of the Republic, Mr. Antonio Ferreira Lopes.\n"
    "The delegation also held a meeting with the Governor of the Bank of Portugal, Mr. Rui "
    "Manuel Nogueira.\n"
)


def _delegation_pairs(m, official: str) -> set[frozenset[str]]:
    return {pair for pair in m if official in pair}


def test_en_the_two_sides_after_a_delegation_headed_by_x_are_not_host_and_head():
    m = met(run(RECEIVED, "en"))
    assert frozenset({"Joao Martins Costa", "Juan Pablo Rojas Vidal"}) not in m
    assert any("Joao Martins Costa" in p and any("delegation" in x for x in p) for p in m)


def test_en_the_delegation_which_includes_x_later_met_y_is_the_delegation():
    m = met(run(RECEIVED, "en"))
    assert frozenset({"Maria Isabel Vargas Soto", "Antonio Ferreira Lopes"}) not in m
    lopes = _delegation_pairs(m, "Antonio Ferreira Lopes")
    assert lopes and all(any("delegation" in x for x in p) for p in lopes)


def test_en_the_delegation_held_a_meeting_with_y_is_the_delegation():
    m = met(run(RECEIVED, "en"))
    governor = _delegation_pairs(m, "Rui Manuel Nogueira")
    assert governor and all(any("delegation" in x for x in p) for p in governor)
