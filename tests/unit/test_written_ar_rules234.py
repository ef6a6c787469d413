"""An attendee of "the receptions" («حضر الاستقبالات X») after several receptions of one host
attended each: X meets every guest, not only the last (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "وزير الزراعة يستقبل سفير البرازيل ورئيس اتحاد المزارعين العرب\n"
    "الرياض 4 مارس واس\n"
    "استقبل معالي وزير البيئة والمياه والزراعة الأستاذ سامي بن خالد الزهراني في مكتبه اليوم "
    "سفير جمهورية البرازيل لدى المملكة السيد رافائيل كوستا مونتيرو، وجرى بحث التعاون الزراعي.\n"
    "كما استقبل الزهراني رئيس اتحاد المزارعين العرب المهندس نادر فؤاد الحلبي.\n"
    "حضر الاستقبالات وكيل الوزارة لشؤون الزراعة الدكتور عادل بن محمد القحطاني.\n"
)


def test_ar_attendee_of_the_receptions_meets_each_guest():
    m = met(run(TEXT, "ar"))
    assert frozenset({"عادل بن محمد القحطاني", "رافائيل كوستا مونتيرو"}) in m
    assert frozenset({"عادل بن محمد القحطاني", "نادر فؤاد الحلبي"}) in m
