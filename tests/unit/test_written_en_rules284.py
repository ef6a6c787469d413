"""An abbreviation in brackets after a delegation named by the body it comes from ("a delegation
from the Andean Water Fund (AWF)") is the body's, not the delegation's (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, run

EN_TITLE = "Finance minister receives Andean fund delegation"
EN_TEXT = (
    "QUITO - Finance Minister Laura Benitez received on Tuesday a delegation from the Andean "
    "Water Fund (AWF) led by its Director of Operations, Tomas Riquelme.\n"
)

AR_TITLE = "وزيرة المالية تستقبل وفد صندوق المياه الأنديزي"
AR_TEXT = (
    "كيتو - استقبلت وزيرة المالية لورا بينيتيز، يوم الثلاثاء، وفدا من صندوق المياه الأنديزي "
    "(أكوا) برئاسة مدير العمليات في الصندوق توماس ريكيلمي.\n"
)


def test_en_abbreviation_after_delegation_is_the_bodys():
    ex = run(EN_TEXT, "en", title=EN_TITLE)
    assert "AWF" in ent(ex, "Andean Water Fund").aliases
    assert "AWF" not in ent(ex, "delegation from the Andean Water Fund").aliases


def test_ar_abbreviation_after_delegation_is_the_bodys():
    ex = run(AR_TEXT, "ar", title=AR_TITLE)
    assert "أكوا" in ent(ex, "صندوق المياه الأنديزي").aliases
    assert "أكوا" not in ent(ex, "وفد صندوق المياه الأنديزي").aliases
