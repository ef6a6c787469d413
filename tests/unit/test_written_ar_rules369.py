"""A title followed by the family name of an official named before, then another post and a name:
the title and the family name are a second mention of the earlier official, the name further on
is the later post's holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run

TEXT = (
    "مشروع القطار السريع يدخل مرحلة التجارب\n\n"
    "طنجة – أشرف المدير العام للمكتب الوطني للسكك الحديدية عادل يونس الورديغي يوم الجمعة على "
    "أول رحلة تجريبية للقطار الجديد بين طنجة والقنيطرة.\n\n"
    "وبعد وصول القطار أطلع المدير العام الورديغي القنصل العام الفرنسي السيد أوليفييه بيرنار على "
    "مراحل إنجاز الخط ومواعيد تشغيله التجاري.\n"
)


def test_ar_title_and_earlier_family_name_are_the_earlier_official():
    ex = run(TEXT, "ar")
    first = ent(ex, "عادل يونس الورديغي")
    assert "المدير العام الورديغي" in first.aliases
