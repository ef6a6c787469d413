""" "X received Minister Y and the delegation accompanying him": the postposed participle and its
object pronoun name the delegation Y brought (as "his accompanying delegation" does), not an
anaphor of an earlier one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Defence chiefs confer in Santiago\n\n"
    "The Minister of Defence of Chile, Rodrigo Alvear Soto, received on Friday the Minister of "
    "Defence of Ghana, Kwesi Mensah Boateng, and the delegation accompanying him.\n"
)

LATER = (
    "Mayor hosts visitors\n\n"
    "Governor Nnamdi Okafor-Eze of Enugu State arrived in Ljubljana on Monday. On Tuesday, "
    "Okafor-Eze and the delegation accompanying him were received by Slovenian Minister of "
    "Economy Petra Zupancic.\n"
)


def test_en_the_delegation_accompanying_him_is_a_body():
    ex = run(TEXT, "en")
    assert "delegation accompanying him" in names(ex, "Agency")
    assert ("Kwesi Mensah Boateng", "delegation accompanying him") in rels(ex, "MEMBER_OF")
    assert frozenset({"Rodrigo Alvear Soto", "delegation accompanying him"}) in met(ex)


def test_en_the_delegation_accompanying_him_meets_its_host():
    ex = run(LATER, "en")
    assert frozenset({"Petra Zupancic", "delegation accompanying him"}) in met(ex)
