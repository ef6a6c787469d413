"""A working lunch or dinner with someone is a meeting (FORMAT.md: "attended a meeting or lunch
with"): the meal noun reads as a meeting noun, with "with"/مع or a coordinated subject; a planned
meal is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


@pytest.mark.parametrize(
    "text",
    [
        "President Ali Rahman had lunch with Foreign Minister Hans Berger of Austria.",
        "President Ali Rahman attended a working lunch with Foreign Minister Hans Berger.",
        "President Ali Rahman and Foreign Minister Hans Berger of Austria had a working dinner on "
        "Monday.",
    ],
)
def test_en_meal_with(text):
    assert met(run(text, "en")) == {pair("Ali Rahman", "Hans Berger")}


def test_en_planned_dinner_is_no_meeting():
    ex = run(
        "President Ali Rahman will host a dinner for Foreign Minister Hans Berger of Austria on "
        "Friday.",
        "en",
    )
    assert met(ex) == set()


@pytest.mark.parametrize(
    "text",
    [
        "وتناول الرئيس المصري علي رحمن طعام الغداء مع وزير الخارجية النمساوي هانز برغر.",
        "وعقد الرئيس المصري علي رحمن غداء عمل مع وزير الخارجية النمساوي هانز برغر.",
        "وحضر وزير الخارجية النمساوي هانز برغر مأدبة عشاء مع الرئيس المصري علي رحمن.",
    ],
)
def test_ar_meal_with(text):
    assert met(run(text, "ar")) == {pair("علي رحمن", "هانز برغر")}


def test_ar_planned_dinner_is_no_meeting():
    ex = run(
        "وسيقيم الرئيس المصري علي رحمن مأدبة عشاء مع وزير الخارجية النمساوي هانز برغر غدا.", "ar"
    )
    assert met(ex) == set()
