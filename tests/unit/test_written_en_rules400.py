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
