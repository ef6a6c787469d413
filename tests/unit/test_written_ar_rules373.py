"""A Central Asian patronymic word ("son of", "daughter of") between the father's name and the
family name belongs to the name: a four-word name so written, after an honorific and closing
the sentence, is kept whole (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "منتدى الغاز في صلالة\n\n"
    "افتتح وكيل وزارة الطاقة والمعادن العمانية المهندس هلال مبارك المشيفري، مساء الأحد، ملتقى "
    "الغاز الإقليمي الثالث في صلالة.\n"
    "وألقى كلمة الدول المشاركة مستشار وزير الطاقة الكازاخي الدكتور يرلان أرمان أولي توكتاروف.\n"
    "وتحدثت في الجلسة الثانية مديرة الشؤون الدولية الدكتورة جانار سيريك قيزي أبيلدايفا.\n"
)


def test_ar_patronymic_word_keeps_the_name_whole():
    officials = names(run(TEXT, "ar"), "Official")
    assert "يرلان أرمان أولي توكتاروف" in officials
    assert "جانار سيريك قيزي أبيلدايفا" in officials
    assert "يرلان" not in officials
