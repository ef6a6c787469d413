"""Planned meetings are never MET_WITH (FORMAT.md): a future verb opening the sentence governs the
meeting noun after its subject ("سيعقد X مباحثات مع Y"), and "من المرتقب/المزمع أن" plans one, as
"من المقرر أن" does; English "is scheduled to", "plans to hold talks". Sentences written for these
tests."""

from __future__ import annotations

import pytest

from .helpers import met, run


@pytest.mark.parametrize(
    "text",
    [
        "سيعقد وزير الخارجية النمساوي هانز برغر مباحثات مع الرئيس المصري علي رحمن.",
        "وسيعقد وزير الخارجية النمساوي هانز برغر مباحثات مع الرئيس المصري علي رحمن.",
        "وستجري وزيرة الخارجية النمساوية آنا ماير محادثات مع الرئيس المصري علي رحمن.",
        "ومن المرتقب أن يجتمع وزير الخارجية النمساوي هانز برغر مع الرئيس المصري علي رحمن.",
        "ومن المزمع أن يلتقي وزير الخارجية النمساوي هانز برغر الرئيس المصري علي رحمن.",
    ],
)
def test_ar_planned_meeting(text):
    assert met(run(text, "ar")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Hans Berger of Austria is scheduled to meet President Ali Rahman on "
        "Friday.",
        "Foreign Minister Hans Berger of Austria plans to hold talks with President Ali Rahman.",
    ],
)
def test_en_planned_meeting(text):
    assert met(run(text, "en")) == set()


def test_ar_held_talks_then_a_planned_tour_still_met():
    ex = run(
        "عقد وزير الخارجية النمساوي هانز برغر مباحثات مع الرئيس المصري علي رحمن، وسيجري غدا جولة"
        " في المدينة.",
        "ar",
    )
    assert met(ex) == {frozenset({"هانز برغر", "علي رحمن"})}
