"""A meeting noun after a future meeting verb of its sentence ("من المنتظر أن تلتقي البعثة X …
لاستكمال المناقشات") is that planned meeting: no one met (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_ar_discussions_after_a_planned_meeting_are_planned_too():
    ex = run(
        "التقى محافظ البنك المركزي حسن علي الشريف اليوم رئيس بعثة صندوق النقد الدولي ماريا"
        " لوبيز.\nومن المنتظر أن تلتقي البعثة وزير المالية الأردني الأسبوع المقبل لاستكمال"
        " المناقشات.",
        "ar",
    )
    assert met(ex) == {frozenset({"حسن علي الشريف", "ماريا لوبيز"})}


def test_ar_discussions_after_a_past_meeting_still_meet():
    ex = run(
        "التقى محافظ البنك المركزي حسن علي الشريف اليوم رئيس بعثة صندوق النقد الدولي ماريا"
        " لوبيز، وأجرى معها مباحثات حول الإصلاحات.",
        "ar",
    )
    assert frozenset({"حسن علي الشريف", "ماريا لوبيز"}) in met(ex)
