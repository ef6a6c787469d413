"""Several meetings in one sentence (FORMAT.md: every in-person meeting): "كما التقى Z" after a
first meeting carries its subject; "met A and (later) with B" / "مع A ومع B" lists one more party
of the same verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import met, run

EN = ("Hans Berger", "Lars Holm", "Eva Lind")
AR = ("هانز برغر", "عمر حداد", "سامي علي")


def pairs(a: str, b: str, c: str) -> set[frozenset[str]]:
    return {frozenset({a, b}), frozenset({a, c})}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Hans Berger of Austria met separately with Prime Minister Lars Holm and "
        "with Defence Minister Eva Lind.",
        "Foreign Minister Hans Berger of Austria met with Prime Minister Lars Holm and later with "
        "Defence Minister Eva Lind.",
        "Foreign Minister Hans Berger of Austria met Prime Minister Lars Holm, and also met "
        "Defence Minister Eva Lind.",
    ],
)
def test_en_two_meetings_one_sentence(text):
    assert met(run(text, "en")) == pairs(*EN)


@pytest.mark.parametrize(
    "text",
    [
        "التقى وزير الخارجية النمساوي هانز برغر رئيس الوزراء الأردني عمر حداد، كما التقى وزير"
        " الدفاع الأردني سامي علي.",
        "اجتمع وزير الخارجية النمساوي هانز برغر مع رئيس الوزراء الأردني عمر حداد ومع وزير الدفاع"
        " الأردني سامي علي.",
    ],
)
def test_ar_two_meetings_one_sentence(text):
    assert met(run(text, "ar")) == pairs(*AR)


def test_en_with_alone_after_a_party_joins_nothing():
    ex = run(
        "Foreign Minister Hans Berger of Austria met Prime Minister Lars Holm with his adviser "
        "present.",
        "en",
    )
    assert met(ex) == {frozenset({"Hans Berger", "Lars Holm"})}
