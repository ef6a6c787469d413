"""A joint statement's «أكد الوزيران» (a one-word dual of a post right after the verb) after a
head of government received one of them: the two ministers speak, the first two holders of the
post from two sides, not the sides of the audience told last; a prime minister is no kind of
minister (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def _speakers(ex, words: str) -> set[str]:
    return {who for who, q in said(ex) if words in q}


_TEXT = (
    "بيان ختامي لزيارة وزير خارجية الإكوادور\n"
    "أصدرت الوزارتان في ختام الزيارة البيان الآتي:\n"
    "أولاً: لبّى السيد خوليان أندرادي بيريز، وزير خارجية الإكوادور، دعوة الدكتور منير صالح "
    "الحمدان، وزير الخارجية، لزيارة البلاد يومي الأحد والاثنين.\n"
    "ثانياً: حظي الوزير الإكوادوري باستقبال من قبل رئيس الوزراء، وتلقى منه مكتوباً من رئيس بلاده.\n"
    "ثالثاً: شدد الوزيران على ضرورة تبسيط إجراءات السفر للمستثمرين من البلدين.\n"
)


def test_ar_two_ministers_after_the_verb_are_the_ministers():
    got = _speakers(run(_TEXT, "ar"), "تبسيط إجراءات السفر")
    assert got == {"خوليان أندرادي بيريز", "منير صالح الحمدان"}
