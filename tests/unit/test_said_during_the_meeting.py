"""The issue's «وأكد خلال اللقاء …»: a pronoun (pro-drop) subject and a circumstance between the
verb and what was said. The speaker is the one who held the meeting; the statement starts after
"خلال اللقاء" / "during the meeting" (which alone, like "in a statement", says nothing).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import run, said

LEAD = "استقبل وزير الخارجية المصري كريم عادل نظيره الأردني عمر حداد. "


@pytest.mark.parametrize(
    "second",
    [
        "وأكد خلال اللقاء أهمية التنسيق بين البلدين.",
        "وأكد عادل خلال اللقاء على أهمية التنسيق بين البلدين.",
        "وأكد أثناء الاجتماع أهمية التنسيق بين البلدين.",
    ],
)
def test_ar_stressed_during_the_meeting(second):
    assert said(run(LEAD + second, "ar")) == [("كريم عادل", "أهمية التنسيق بين البلدين")]


def test_ar_said_in_a_statement_alone_says_nothing():
    assert said(run("وقال وزير الخارجية المصري كريم عادل في بيان.", "ar")) == []


def test_en_stressed_during_the_meeting():
    ex = run(
        "Foreign Minister Karim Adel of Egypt met Foreign Minister Omar Haddad of Jordan. He "
        "stressed during the meeting that coordination was vital.",
        "en",
    )
    assert said(ex) == [("Karim Adel", "coordination was vital")]
