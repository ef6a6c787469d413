"""A title whose bare head («وكيل الوزارة») the same title restates by the body's name after a
preposition of place («… لشؤون التجارة الخارجية بوزارة الاقتصاد») is held in that body
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _bodies_of(ex, name: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name and t is not None}


def test_ar_bare_head_restated_after_the_field_binds_the_named_ministry():
    ex = run(
        "لقاء اقتصادي\n"
        "اجتمع الوفد الزائر مع سعادة السيد خالد بن سعيد المري وكيل الوزارة المساعد لشؤون "
        "التجارة الخارجية بوزارة الاقتصاد والتجارة، حيث جرى بحث فرص الاستثمار.",
        "ar",
    )
    assert any(t.startswith("وزارة الاقتصاد") for t in _bodies_of(ex, "خالد بن سعيد المري"))


def test_ar_restated_head_after_a_comma_is_another_clause():
    ex = run(
        "لقاء اقتصادي\n"
        "اجتمع الوفد الزائر مع سعادة السيد خالد بن سعيد المري وكيل الوزارة المساعد، "
        "ثم زار الوفد مقر وزارة الطاقة.",
        "ar",
    )
    assert not any(t.startswith("وزارة الطاقة") for t in _bodies_of(ex, "خالد بن سعيد المري"))
