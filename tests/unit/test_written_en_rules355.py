""" "X met Minister Y and the delegation accompanying him": the postposed participle and its
object pronoun name the delegation Y brought (as "his accompanying delegation" does), not an
anaphor of an earlier one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Pilot training pact drafted\n\n"
    "Chilean Defence Minister Rodrigo Alvear Soto held talks in Valparaiso on Friday with "
    "Ghanaian Defence Minister Kwesi Mensah Boateng and the delegation accompanying him on a "
    "pilot training programme.\n"
)

LATER = (
    "Enugu governor courts investors\n\n"
    "Governor Nnamdi Okafor-Eze of Enugu State flew into Ljubljana on Monday for an investment "
    "week. Slovenian Minister of Economy Petra Zupancic welcomed the delegation accompanying him "
    "at a breakfast on Tuesday.\n"
)


def test_en_the_delegation_accompanying_him_is_a_body():
    ex = run(TEXT, "en")
    assert "delegation accompanying him" in names(ex, "Agency")
    assert ("Kwesi Mensah Boateng", "delegation accompanying him") in rels(ex, "MEMBER_OF")
    assert frozenset({"Rodrigo Alvear Soto", "delegation accompanying him"}) in met(ex)


def test_en_the_delegation_accompanying_him_meets_its_host():
    ex = run(LATER, "en")
    assert frozenset({"Petra Zupancic", "delegation accompanying him"}) in met(ex)
