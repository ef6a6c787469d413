""" "X and Y were present on the <nisba> side": attendees named before a side phrase of the
meeting told sit on that side and meet the other side's principal; a delegation's members list
before them ends at the comma that opens their clause (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run

TEXT = (
    "Chile and Peru study lithium corridor\n\n"
    "SANTIAGO, March 3 -- Chilean Minister of Mining Tomas Urrutia Vega held talks on Monday "
    "with Peruvian Minister of Energy and Mines Rosa Quispe Mamani at the ministry.\n\n"
    "Flying in from Lima on Sunday night, the Peruvian delegation comprised Vice Minister of "
    "Mines Julio Cardenas Soto and Adviser Elena Huaman Rojas, and at the table Undersecretary "
    "of Mining Pablo Reyes Lagos and Director of Geology Andrea Fuentes Diaz were present on the "
    "Chilean side.\n"
)


def test_en_attendees_before_a_side_phrase_meet_the_other_principal():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Pablo Reyes Lagos", "Rosa Quispe Mamani"}) in pairs
    assert frozenset({"Andrea Fuentes Diaz", "Rosa Quispe Mamani"}) in pairs
    assert frozenset({"Pablo Reyes Lagos", "Tomas Urrutia Vega"}) not in pairs


def test_en_members_list_ends_before_the_attendees_clause():
    members = {s for s, t in rels(run(TEXT, "en"), "MEMBER_OF") if t == "Peruvian delegation"}
    assert members == {"Julio Cardenas Soto", "Elena Huaman Rojas"}


GUEST = (
    "Ghana and Togo talk power lines\n\n"
    "ACCRA, May 9 -- Ghana's Minister of Energy Kofi Mensah Boateng received Togolese Minister "
    "of Mines and Energy Komi Agbeko Dzifa in Accra on Thursday.\n\n"
    "Two engineers from the grid company joined them later; Director of Electricity Afi Sena "
    "Kpodar and Adviser Yao Kossi Amegah were present on the Togolese side throughout.\n"
)


def test_en_side_phrase_after_the_attendees_names_their_side():
    pairs = met(run(GUEST, "en"))
    assert frozenset({"Afi Sena Kpodar", "Kofi Mensah Boateng"}) in pairs
    assert frozenset({"Yao Kossi Amegah", "Kofi Mensah Boateng"}) in pairs
    assert frozenset({"Afi Sena Kpodar", "Komi Agbeko Dzifa"}) not in pairs
