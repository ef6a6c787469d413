"""A plural anaphor opening a sentence ("The two governors") is the subject of a meeting verb
that "and" joins to an earlier verb of that sentence ("… inspected a dam and met …"): each of
the group meets the object (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Water summit in Orvale\n\n"
    "Talks on the shared river were opened on Tuesday by the Governor of Kestria Province, "
    "Mr Halvard Osk, and the Governor of Brenmoor, Ms Ilse Draganova.\n\n"
    "The two governors inspected the new dam at Sorrow Falls on Wednesday and met "
    "representatives of the Brenmoor Farmers Cooperative Federation, who asked for a fairer "
    "share of the water.\n"
)


def test_en_plural_anaphor_is_the_subject_of_a_second_verb_after_and():
    pairs = met(run(TEXT, "en"))
    body = "Brenmoor Farmers Cooperative Federation"
    assert frozenset({"Halvard Osk", body}) in pairs
    assert frozenset({"Ilse Draganova", body}) in pairs


# A meeting noun fronted with its "with" phrase ("In talks with X, the envoy stressed …"): the
# subject after the comma held it, an unnamed title standing for the official who holds it; the
# object's apposition closed by its own comma is skipped.
FRONTED = (
    "Minister in Arvana\n\n"
    "Foreign Minister Mireille Dufossé arrived in Arvana on Sunday with a small team.\n\n"
    "She first met the Arvanan Director of Water Supply, Kofi Ndaba Mensah, at his office. Mr "
    "Mensah briefed her team on the plans for a new canal.\n\n"
    "In a later meeting with the Governor of the Eastern Region, Mr Yaw Boateng Asare, the "
    "Foreign Minister raised the drought in the north.\n"
)


def test_en_fronted_meeting_noun_is_held_by_the_clause_subject():
    pairs = met(run(FRONTED, "en"))
    assert frozenset({"Mireille Dufossé", "Yaw Boateng Asare"}) in pairs
    assert frozenset({"Kofi Ndaba Mensah", "Yaw Boateng Asare"}) not in pairs
