""" "X, who was accompanied by Y, <verb of saying> …" after X's meeting was told: the verb after
the relative clause is one of saying, no meeting to come, so Y was with X in the meeting told
before and met X's counterpart (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Estonia and Chile compare notes on hydrogen\n\n"
    "TALLINN, 12 May -- Estonian Economy Minister Kristjan Saar held talks on Tuesday with "
    "Chilean Energy Minister Valentina Orrego on plans for green fuel exports.\n\n"
    "Orrego, who was accompanied by Deputy Energy Minister Matias Soto Fuentes, told reporters "
    "afterwards that the first tanker might sail before 2030.\n"
)


def test_en_escort_in_relative_clause_before_a_saying_verb_meets_the_counterpart():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Matias Soto Fuentes", "Kristjan Saar"}) in pairs
    assert frozenset({"Matias Soto Fuentes", "Valentina Orrego"}) not in pairs


def test_en_escort_before_a_meeting_verb_meets_only_the_later_party():
    text = TEXT.replace(
        "told reporters afterwards that the first tanker might sail before 2030",
        "also called on Parliament Speaker Liina Tamm at Toompea",
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Matias Soto Fuentes", "Liina Tamm"}) in pairs
    assert frozenset({"Matias Soto Fuentes", "Kristjan Saar"}) not in pairs
