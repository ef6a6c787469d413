"""A verb of taking part with its subject right after it and "with" an official after the
subject ("X took part with Y in chairing the round"): the two were at the event together and
met (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "عنوان\n\n"
    "وصل وزير الطاقة الغيني عمر إبراهيم كوياتي إلى مسقط، أمس، في زيارة عمل.\n\n"
    "وشارك الوزير كوياتي مع وكيل وزارة النفط العمانية المهندس سعيد بن ناصر الحارثي في رئاسة "
    "الدورة الثالثة من المشاورات الفنية بين الجانبين.\n"
)


def test_ar_took_part_with_an_official_is_a_meeting():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"عمر إبراهيم كوياتي", "سعيد بن ناصر الحارثي"}) in pairs
