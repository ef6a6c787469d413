"""English "next week" / "next month" in a meeting verb's clause make the meeting a planned one,
as "tomorrow" does ("Will the minister meet the delegation in Riga next week?"): no one has met
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_meeting_next_week_is_planned():
    ex = run(
        "Foreign Minister Ilze Berzina received the Chilean Ambassador, Tomas Reyes, on Monday."
        " Minister of Trade Andris Ozols meets the Chilean delegation in Santiago next week.",
        "en",
    )
    assert met(ex) == {frozenset({"Ilze Berzina", "Tomas Reyes"})}


def test_en_question_about_a_meeting_next_month_is_planned():
    ex = run(
        "QUESTION: Will Foreign Minister Ilze Berzina meet the Chilean delegation in Riga next"
        " month?",
        "en",
    )
    assert met(ex) == set()


def test_en_meeting_this_week_still_counts():
    ex = run(
        "Foreign Minister Ilze Berzina met the Chilean Ambassador, Tomas Reyes, in Riga this week.",
        "en",
    )
    assert frozenset({"Ilze Berzina", "Tomas Reyes"}) in met(ex)
