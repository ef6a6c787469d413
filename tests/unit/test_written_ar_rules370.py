"""«وانضم(ت) إلى اللقاء/الاجتماع X» ("joined the meeting", no side named after it) is attendance,
as «وحضر اللقاء X»: X meets the other side of the meeting told (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "وزير التجارة الفنلندي يستقبل نظيره الأوروغوياني\n\n"
    "هلسنكي – استقبل وزير التجارة الفنلندي أنتي ميكونين صباح اليوم في هلسنكي وزير الاقتصاد "
    "الأوروغوياني السيد ماتياس ألفاريث دوارتي، وتناول الجانبان صادرات الأخشاب واللحوم.\n\n"
    "وانضمت إلى اللقاء لاحقا مديرة قسم الأمريكتين السيدة ليزا كورهونن.\n"
)


def test_ar_joined_the_meeting_is_attendance():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"ليزا كورهونن", "ماتياس ألفاريث دوارتي"}) in pairs
    assert frozenset({"ليزا كورهونن", "أنتي ميكونين"}) not in pairs
