"""An abbreviation in brackets after a delegation named by the body it comes from ("a delegation
from the Andean Water Fund (AWF)") is the body's, not the delegation's (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, run

EN_TITLE = "Andean fund team inspects reservoir works"
EN_TEXT = (
    "QUITO - Engineers checked the dam's spillway on Tuesday with a delegation from the Andean "
    "Water Fund (AWF), which Finance Minister Laura Benitez had invited to review the loan.\n"
)

AR_TITLE = "بعثة صندوق المياه الأنديزي تتفقد أعمال السد"
AR_TEXT = (
    "كيتو - تفقد وفد من صندوق المياه الأنديزي (أكوا) يوم الثلاثاء قناة تصريف السد، بدعوة من "
    "وزيرة المالية لورا بينيتيز التي طلبت مراجعة شروط القرض.\n"
)


def test_en_abbreviation_after_delegation_is_the_bodys():
    ex = run(EN_TEXT, "en", title=EN_TITLE)
    assert "AWF" in ent(ex, "Andean Water Fund").aliases
    assert "AWF" not in ent(ex, "delegation from the Andean Water Fund").aliases


def test_ar_abbreviation_after_delegation_is_the_bodys():
    ex = run(AR_TEXT, "ar", title=AR_TITLE)
    assert "أكوا" in ent(ex, "صندوق المياه الأنديزي").aliases
    assert "أكوا" not in ent(ex, "وفد من صندوق المياه الأنديزي").aliases
