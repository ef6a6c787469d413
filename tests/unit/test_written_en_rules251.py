"""English: after a passive meeting verb whose own subject went unread ("the head of X diplomacy
was received by Y"), the agent Y is no subject of a meeting verb coordinated after "and" ("and
met with Z"): Y did not meet Z (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Minister Karl Ostberg visits Tallinn\n\n"
    "On 2 May, Minister of Foreign Affairs of Sweden Karl Ostberg paid an official visit to"
    " Estonia, where he held talks with Minister of Foreign Affairs Mart Kask.\n\n"
    "During the visit, the head of Swedish diplomacy was also received by President of Estonia"
    " Liis Tamm and met with the Speaker of Parliament, Jaan Saar."
)


def test_en_passive_agent_is_no_subject_after_and():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Liis Tamm", "Jaan Saar"}) not in pairs
    assert frozenset({"Karl Ostberg", "Mart Kask"}) in pairs


def test_en_named_passive_subject_still_carried():
    text = _TEXT.replace("the head of Swedish diplomacy", "Minister Ostberg")
    pairs = met(run(text, "en"))
    assert frozenset({"Karl Ostberg", "Liis Tamm"}) in pairs
    assert frozenset({"Karl Ostberg", "Jaan Saar"}) in pairs
    assert frozenset({"Liis Tamm", "Jaan Saar"}) not in pairs


_GIVEN = (
    "Malaysia, Estonia agree to expand trade\n\n"
    "TALLINN, May 2 (Agency) -- Malaysia and Estonia have agreed to expand trade, said Minister"
    " of Trade Datuk Seri Karim Osman Rahmat.\n"
    "He said this was agreed during his meeting with Estonian Minister of Economy Mart Kask here"
    " yesterday.\n"
    "Karim said the council would open a desk in Tallinn.\n"
    "During the two-day working visit, Karim also called on Estonian Prime Minister Dr. Liis Tamm"
    " and met the Governor of the Central Bank, Jaan Saar.\n"
)


def test_en_object_of_first_verb_is_no_subject_after_and():
    pairs = met(run(_GIVEN, "en"))
    assert frozenset({"Liis Tamm", "Jaan Saar"}) not in pairs
    assert frozenset({"Karim Osman Rahmat", "Mart Kask"}) in pairs
