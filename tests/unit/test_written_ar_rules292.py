"""«ورافق معاليه Z» opening a sentence after the meeting told: Z accompanied the guest, joins the
guest's side and meets the host (the attendee convention of eval/written/README.md), not the
guest (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "وزير المالية يستقبل وزير التخطيط الأردني\n\nاستقبل معالي الشيخ سالم بن راشد الهاشمي "
    "وزير المالية العماني في مكتبه اليوم معالي ماهر فؤاد الزعبي وزير التخطيط الأردني، "
    "بحضور سعادة عادل بن علي الرواحي وكيل وزارة المالية.\nورافق معاليه في الزيارة سعادة "
    "رامي سليم العدوان، سفير الأردن لدى سلطنة عُمان.\nوبحث الجانبان سبل تعزيز التعاون "
    "الاقتصادي بين البلدين.\n"
)


def test_ar_escort_opening_a_sentence_meets_the_host():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"رامي سليم العدوان", "سالم بن راشد الهاشمي"}) in pairs
    assert frozenset({"رامي سليم العدوان", "ماهر فؤاد الزعبي"}) not in pairs
    assert frozenset({"سالم بن راشد الهاشمي", "ماهر فؤاد الزعبي"}) in pairs
