"""The head of a delegation is a member of it (FORMAT.md: an official belongs to the delegation
he heads or represents): "X, who heads the Austrian delegation", "X led/headed the delegation",
with the official's "of <country>" between; Arabic "X، الذي يرأس الوفد النمساوي". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels, run


def heads(ex) -> set[tuple[str, str | None]]:
    return {
        r for r in rels(ex, "MEMBER_OF") if "elegation" in (r[1] or "") or "وفد" in (r[1] or "")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Economy Minister Hans Berger of Austria, who heads the Austrian delegation, met Prime "
        "Minister Omar Haddad.",
        "Economy Minister Hans Berger of Austria headed the Austrian delegation to the talks.",
        "Economy Minister Hans Berger of Austria led the Austrian delegation at the talks.",
    ],
)
def test_en_head_of_the_delegation(text):
    assert heads(run(text, "en")) == {("Hans Berger", "Austrian delegation")}


def test_en_led_to_is_no_head():
    ex = run("The talks led to an agreement between the two countries.", "en")
    assert heads(ex) == set()


def test_ar_head_of_the_delegation():
    ex = run(
        "وزير الاقتصاد النمساوي هانز برغر، الذي يرأس الوفد النمساوي، التقى رئيس الوزراء الأردني عمر"
        " حداد.",
        "ar",
    )
    assert heads(ex) == {("هانز برغر", "الوفد النمساوي")}


def test_ar_verb_first_head_of_the_delegation():
    ex = run("ويرأس وزير الاقتصاد النمساوي هانز برغر الوفد النمساوي.", "ar")
    assert heads(ex) == {("هانز برغر", "الوفد النمساوي")}
