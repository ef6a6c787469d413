"""Arabic agency copy: an agreement "signed for side A by X, and for side B by Y" with no meeting
told before: the two signers met, and are the sides of the meeting that "the two ministers" and
its attendees take up next (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "الرباط – وقع المغرب وغانا اليوم اتفاقية للنقل البحري، وقعها عن الجانب المغربي وزير النقل "
    "السيد كمال إدريس الوزاني، وعن الجانب الغاني وزير الموانئ السيد كوامي أوسي بواتنغ.\n\n"
    "وعقد الوزيران قبيل التوقيع جلسة مباحثات بحضور سفير غانا في الرباط السيد جوزيف كوفي منساه، "
    "والكاتب العام لوزارة النقل السيد حميد صالح البقالي."
)


def test_ar_signers_listed_by_side_met():
    assert frozenset({"كمال إدريس الوزاني", "كوامي أوسي بواتنغ"}) in met(run(TEXT, "ar"))


def test_ar_attendees_meet_the_other_sides_signer():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"جوزيف كوفي منساه", "كمال إدريس الوزاني"}) in pairs
    assert frozenset({"حميد صالح البقالي", "كوامي أوسي بواتنغ"}) in pairs
    assert frozenset({"حميد صالح البقالي", "كمال إدريس الوزاني"}) not in pairs
