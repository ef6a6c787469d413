"""Arabic: a turn word opening the sentence ("for her part") and a bare title after the verb that
the speaker so far holds too: the other side's official holding it speaks; and a verb of stance
taking its object with the glued object marker before a title-only subject (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from .helpers import names, run, said

TURN = (
    "لقاء\n"
    "نيقوسيا - استقبل وكيل وزارة الخارجية السفير ميخائيل كوستاس ستيليانو اليوم سفيرة تشيلي "
    "لدى قبرص فرناندا لوسيا أراوس. وأكد ستيليانو متانة الروابط بين البلدين. من جهتها، أوضحت "
    "السفيرة أن بلادها تدرس افتتاح خط جوي مباشر."
)


def test_ar_turn_word_gives_the_bare_title_to_the_other_side():
    speakers = {sp for sp, q in said(run(TURN, "ar")) if "خط جوي" in q}
    assert speakers == {"فرناندا لوسيا أراوس"}


STANCE = [
    ("وفي ختام الجلسة رحب رئيس الوزراء بالقرار الذي صادق عليه البرلمان أمس.", "رئيس الوزراء"),
    ("ونوه الأمين العام بالتقدم المحرز في مفاوضات تقاسم المياه.", "الأمين العام"),
    ("وأشادت الرئيسة بالتحسن الملحوظ في مؤشرات التعليم.", "الرئيسة"),
]


@pytest.mark.parametrize("text,title", STANCE)
def test_ar_stance_verbs_object_is_no_field_of_the_post(text, title):
    officials = names(run(text, "ar"), "Official")
    assert title in officials
    assert not any(o.startswith(title + " ") for o in officials)
