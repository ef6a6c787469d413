"""المقابلة (a royal or ministerial audience) and الاستقبال (the reception) name the meeting just
reported, as اللقاء does: "وأكد خلال المقابلة …" states what was said in it, and attendance of it
joins the meeting. An interview ("في مقابلة مع قناة") and "في المقابل" (in return) meet no one.
Sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run, said

LEAD = "استقبل وزير الخارجية الأردني عمر حداد سفير النمسا لدى الأردن هانز برغر. "


def test_ar_stressed_during_the_audience():
    ex = run(LEAD + "وأكد خلال المقابلة أهمية تعزيز التعاون الثنائي.", "ar")
    assert said(ex) == [("عمر حداد", "أهمية تعزيز التعاون الثنائي")]


def test_ar_attended_the_reception():
    ex = run(LEAD + "وحضر الاستقبال وكيل وزارة الخارجية خالد سالم.", "ar")
    assert frozenset({"خالد سالم", "هانز برغر"}) in met(ex)


def test_ar_interview_and_in_return_meet_no_one():
    ex = run(
        "وقال وزير الخارجية الأردني عمر حداد في مقابلة مع قناة محلية إن الحوار ضروري. وفي"
        " المقابل، أكد وزير الخارجية النمساوي هانز برغر أهمية الحوار.",
        "ar",
    )
    assert met(ex) == set()
    assert [sp for sp, _q in said(ex)] == ["عمر حداد", "هانز برغر"]
