"""A plural anaphor opening a sentence ("The two ministers") is the subject of a meeting verb
that "and" joins to an earlier verb of that sentence ("… rode a train and met …"): each of the
group meets the object. A meeting noun fronted with its "with" phrase is held by the subject
after the phrase's comma (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Rail link talks\n\n"
    "The Transport Minister of Norvik, Petra Sundvik, hosted her Vessandian counterpart, "
    "Jonas Aberlund, in Skarsund on Thursday.\n\n"
    "The two ministers rode the new night train to the border town of Oskby and afterwards met "
    "Oskby's mayor, Elin Marsk, over dinner.\n"
)


def test_en_plural_anaphor_is_the_subject_of_a_second_verb_after_and():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Petra Sundvik", "Elin Marsk"}) in pairs
    assert frozenset({"Jonas Aberlund", "Elin Marsk"}) in pairs


# The official named after the fronted phrase's comma held the meeting, not the last official
# the text named before it.
FRONTED = (
    "Embassy opening\n\n"
    "Foreign Minister Tomas Rendal opened a new embassy in Vossmar on Monday. Deputy Governor Paul "
    "Eze guided him through the renovated building.\n\n"
    "During a second meeting with Governor Adeline Tembwari, Rendal asked about the port tariffs.\n"
)


def test_en_fronted_meeting_noun_is_held_by_the_clause_subject():
    pairs = met(run(FRONTED, "en"))
    assert frozenset({"Tomas Rendal", "Adeline Tembwari"}) in pairs
    assert frozenset({"Paul Eze", "Adeline Tembwari"}) not in pairs


# A bare title after the comma that the lookup resolves to the met official herself names no
# other side: the meeting keeps the holder the text carried.
SELF = (
    "Salmon quotas\n\n"
    "Austrian Trade Minister Lucia Hollerbach reached Bergen on Monday.\n\n"
    "In talks with Norwegian Fisheries Minister Kari Holm, the minister raised the price of "
    "farmed salmon.\n"
)


def test_en_fronted_title_resolved_to_the_object_is_no_subject():
    assert frozenset({"Lucia Hollerbach", "Kari Holm"}) in met(run(SELF, "en"))
