"""Arabic belonging of round 23: a title apposed after an official's name (a comma, the title)
that ends with a preposition glued to a body («…، مفوضة البنية التحتية والطاقة بمفوضية
الاتحاد الأفريقي») places the official in that body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _member_of(ex, official: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == official}


def test_ar_apposed_title_with_glued_body_places_the_official():
    ex = run(
        "وفي وقت لاحق، استقبل الوزير الخطيب السيدة لينا كارلسون، مفوضة البنية التحتية والطاقة "
        "بمفوضية الاتحاد الأفريقي، التي تزور عمّان.",
        "ar",
    )
    assert "مفوضية الاتحاد الأفريقي" in _member_of(ex, "لينا كارلسون")


def test_ar_no_body_across_a_second_comma():
    ex = run(
        "وفي وقت لاحق، استقبل الوزير الخطيب السيدة لينا كارلسون، مفوضة البنية التحتية والطاقة، "
        "بمقر مفوضية الاتحاد الأفريقي في أديس أبابا.",
        "ar",
    )
    assert "مفوضية الاتحاد الأفريقي" not in _member_of(ex, "لينا كارلسون")
