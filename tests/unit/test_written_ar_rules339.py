"""A title in the feminine («رئيسة اللجنة») names a woman: never a man
styled «السيد» whose every title is in the masculine (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run, said

_TEXT = (
    "رئيسة لجنة المالية بمجلس الأعيان تستقبل وفدا كنديا\n"
    "استقبلت السيدة سعاد راشد العمري، رئيسة لجنة المالية والاقتصاد بمجلس الأعيان، اليوم وفدا "
    "من البرلمان الكندي يترأسه السيد مارك تورنر، رئيس لجنة التجارة بمجلس العموم.\n"
    "وأكدت رئيسة اللجنة أن الاقتصاد الوطني يتعافى بسرعة."
)


def test_ar_feminine_body_anaphor_is_the_chairwoman():
    ex = run(_TEXT, "ar")
    assert "رئيسة اللجنة" not in ent(ex, "مارك تورنر").aliases
    assert [q for s, q in said(ex) if s == "سعاد راشد العمري" and "الاقتصاد" in q]
