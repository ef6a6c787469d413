"""A bare title and an adjective of offices before a colon ("the UN official: …"): the adjective
is no name, so no official is made of it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "برنامج لدعم الصيادين\n\n"
    "زار منسق برنامج الأمم المتحدة الإنمائي في موزمبيق، السيد كارلوس دياس موندلاني، "
    "قرى الصيادين في الساحل الشمالي.\n\n"
    'وقال المسؤول الأممي: "القوارب الجديدة ستضاعف دخل الأسر خلال موسمين".\n'
)


def test_ar_office_adjective_before_colon_is_no_name():
    officials = names(run(TEXT, "ar"), "Official")
    assert "الأممي" not in officials
    assert "كارلوس دياس موندلاني" in officials
