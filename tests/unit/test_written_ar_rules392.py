"""Arabic: a turn word opening the sentence ("for her part") and a bare title after the verb that
the speaker so far holds too: the other side's official holding it speaks; and a verb of stance
taking its object with the glued object marker before a title-only subject (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import run, said

TURN = (
    "لقاء\n"
    "نيقوسيا - استقبل وكيل وزارة الخارجية السفير ميخائيل كوستاس ستيليانو اليوم سفيرة تشيلي "
    "لدى قبرص فرناندا لوسيا أراوس. وأكد ستيليانو متانة الروابط بين البلدين. من جهتها، أوضحت "
    "السفيرة أن بلادها تدرس افتتاح خط جوي مباشر."
)


def test_ar_turn_word_gives_the_bare_title_to_the_other_side():
    speakers = {sp for sp, q in said(run(TURN, "ar")) if "خط جوي" in q}
    assert speakers == {"فرناندا لوسيا أراوس"}
