""" "X, who was accompanied by Y, said …" after X's meeting was told: the verb after the relative
clause is one of saying, no meeting to come, so Y was with X in the meeting told before and met
X's counterpart (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Estonian and Chilean ministers talk renewable hydrogen\n\n"
    "TALLINN, 12 May -- Estonian Economy Minister Kristjan Saar held talks on Tuesday with "
    "Chilean Energy Minister Valentina Orrego on hydrogen exports.\n\n"
    "Orrego, who was accompanied by Chile's Ambassador to Finland Tomas Echeverria Pino, "
    "noted that the first Chilean cargo could reach Baltic ports within three years.\n"
)


def test_en_escort_in_relative_clause_before_a_saying_verb_meets_the_counterpart():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Tomas Echeverria Pino", "Kristjan Saar"}) in pairs
    assert frozenset({"Tomas Echeverria Pino", "Valentina Orrego"}) not in pairs


def test_en_escort_before_a_meeting_verb_meets_only_the_later_party():
    text = TEXT.replace(
        "noted that the first Chilean cargo could reach Baltic ports within three years",
        "also called on Parliament Speaker Liina Tamm at Toompea",
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Tomas Echeverria Pino", "Liina Tamm"}) in pairs
    assert frozenset({"Tomas Echeverria Pino", "Kristjan Saar"}) not in pairs
