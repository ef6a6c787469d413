"""A title followed by the family name of an official named before, then another post and a name:
the title and the family name are a second mention of the earlier official, the name further on
is the later post's holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run

TEXT = (
    "الكاتب العام لوزارة الطاقة يستقبل وفدا برلمانيا\n\n"
    "الرباط – استقبل الكاتب العام لوزارة الطاقة السيد إبراهيم موسى الوزكيتي صباح الأربعاء "
    "وفدا من الجمعية الوطنية الكينية.\n\n"
    "وعلى هامش الجلسة الافتتاحية التقى الكاتب العام الوزكيتي سفير كينيا السيد جوزيف كاماو "
    "موانغي لبحث مشروع خط الغاز العابر للصحراء.\n"
)


def test_ar_title_and_earlier_family_name_are_the_earlier_official():
    ex = run(TEXT, "ar")
    first = ent(ex, "إبراهيم موسى الوزكيتي")
    assert "الكاتب العام الوزكيتي" in first.aliases
