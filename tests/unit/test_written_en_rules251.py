"""English: after a passive meeting verb whose own subject went unread ("the head of X diplomacy
was received by Y"), the agent Y is no subject of a meeting verb coordinated after "and" ("and
met with Z"): Y did not meet Z (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Swedish foreign minister in Vilnius\n\n"
    "Swedish Foreign Minister Karl Ostberg and Lithuanian Minister of Foreign Affairs Rokas"
    " Vaitkus held talks in Vilnius on 2 May.\n\n"
    "Later that day the head of Swedish diplomacy was received by Lithuanian President Egle"
    " Mazeikiene and met with parliamentary Speaker Linas Petrauskas."
)


def test_en_passive_agent_is_no_subject_after_and():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Egle Mazeikiene", "Linas Petrauskas"}) not in pairs
    assert frozenset({"Karl Ostberg", "Rokas Vaitkus"}) in pairs


def test_en_named_passive_subject_still_carried():
    text = _TEXT.replace("the head of Swedish diplomacy", "Minister Ostberg")
    pairs = met(run(text, "en"))
    assert frozenset({"Karl Ostberg", "Egle Mazeikiene"}) in pairs
    assert frozenset({"Karl Ostberg", "Linas Petrauskas"}) in pairs
    assert frozenset({"Egle Mazeikiene", "Linas Petrauskas"}) not in pairs


_GIVEN = (
    "Thai minister ends Vilnius trip\n\n"
    "VILNIUS, June 3 (Agency) -- Thailand will open a trade office in Vilnius next year, Minister"
    " of Commerce Somchai Prasert told reporters on Tuesday.\n"
    "Prasert held talks with Lithuanian Minister of Economy Rokas Vaitkus on Monday.\n"
    "On the second day of his trip, Somchai also called on Lithuanian Prime Minister Dr. Egle"
    " Mazeikiene and met the Governor of the Bank of Lithuania, Linas Petrauskas.\n"
)


def test_en_object_of_first_verb_is_no_subject_after_and():
    pairs = met(run(_GIVEN, "en"))
    assert frozenset({"Egle Mazeikiene", "Linas Petrauskas"}) not in pairs
    assert frozenset({"Somchai Prasert", "Rokas Vaitkus"}) in pairs
