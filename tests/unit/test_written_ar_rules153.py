"""A bare alias ("the council") that two agencies of no known country both carry names neither
of them (a state council and a municipal council in one article), unless it is one's name; a
single such body keeps it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run

_TWO = (
    "صلالة في 3 مارس /العُمانية/ استقبل الشيخ سالم بن علي الكثيري رئيس مجلس الدولة اليوم سفير "
    "اليونان. وأكد رئيس المجلس أهمية التعاون. حضر اللقاء عادل بن سعيد المشيخي نائب رئيس المجلس "
    "البلدي لمحافظة ظفار، وقال رئيس المجلس إن العلاقات متينة."
)
_ONE = (
    "صلالة في 3 مارس /العُمانية/ استقبل الشيخ سالم بن علي الكثيري رئيس مجلس الدولة اليوم سفير "
    "اليونان. وأكد رئيس المجلس أهمية التعاون، وقال رئيس المجلس إن العلاقات متينة."
)


def test_ar_bare_alias_of_two_councils_names_neither():
    ex = run(_TWO, "ar")
    assert "المجلس" not in ent(ex, "مجلس الدولة").aliases
    assert "المجلس" not in ent(ex, "المجلس البلدي").aliases


def test_ar_bare_alias_of_one_council_is_kept():
    ex = run(_ONE, "ar")
    assert "المجلس" in ent(ex, "مجلس الدولة").aliases
