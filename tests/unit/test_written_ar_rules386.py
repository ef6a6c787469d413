"""The past perfect with the subject's apposition closed by a comma before the particle («وكان
<title>، <honorific> X، قد التقى Y»): X is the subject of the meeting, with an attendee after it
too (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "برنامج لتدريب المراقبين الجويين\n\n"
    "وقالت مديرة التعاون الفني في المنظمة العربية للطيران المدني، الدكتورة نورة فهد الحربي، "
    "إن البرنامج يبدأ في الربيع.\n\n"
    "وكان رئيس هيئة الطيران المدني الكينية، السيد جيمس موانغي أوتينو، قد التقى الدكتورة الحربي "
    "قبل أسبوعين على هامش منتدى النقل الجوي في الدوحة بحضور مدير المطارات الكينية، "
    "المهندس بيتر كاماو نجوروغي.\n"
)


def test_ar_subject_before_comma_and_particle_met_the_object():
    pairs = met(run(TEXT, "ar"))
    assert pairs == {
        frozenset({"جيمس موانغي أوتينو", "نورة فهد الحربي"}),
        frozenset({"بيتر كاماو نجوروغي", "نورة فهد الحربي"}),
    }
