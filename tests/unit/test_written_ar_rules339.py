"""A title in the feminine («رئيسة اللجنة») names a woman: never a man
styled «السيد» whose every title is in the masculine (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run, said

_TEXT = (
    "رئيسة لجنة الموازنة النيابية تستقبل وفدا كنديا\n"
    "التقت النائبة ريم فؤاد الدباغ، رئيسة لجنة الموازنة في مجلس النواب، ظهر اليوم وفدا كنديا "
    "يترأسه السيد مارك تورنر، رئيس لجنة التجارة بمجلس العموم.\n"
    "ونبهت رئيسة اللجنة إلى أن الدين العام ما زال مرتفعا."
)


def test_ar_feminine_body_anaphor_is_the_chairwoman():
    ex = run(_TEXT, "ar")
    assert "رئيسة اللجنة" not in ent(ex, "مارك تورنر").aliases
    assert not [q for s, q in said(ex) if s == "مارك تورنر" and "الدين" in q]
