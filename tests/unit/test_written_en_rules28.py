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
