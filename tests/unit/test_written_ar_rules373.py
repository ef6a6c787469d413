"""A Central Asian patronymic word ("son of", "daughter of") between the father's name and the
family name belongs to the name: a four-word name so written, after an honorific and closing
the sentence, is kept whole (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "تعاون في مجال النقل\n\n"
    "استقبل وزير النقل البحريني المهندس سامي عادل بوحجي، صباح الثلاثاء، وفدا من قيرغيزستان "
    "لبحث خطوط الشحن الجوي.\n"
    "وحضر اللقاء سفير جمهورية قيرغيزستان في المنامة السيد تالانت نورلان أولي جومابايف.\n"
    "كما حضرته مستشارة السفارة السيدة آيغول بولات قيزي ساريبيكوفا.\n"
)


def test_ar_patronymic_word_keeps_the_name_whole():
    officials = names(run(TEXT, "ar"), "Official")
    assert "تالانت نورلان أولي جومابايف" in officials
    assert "آيغول بولات قيزي ساريبيكوفا" in officials
    assert "تالانت" not in officials
