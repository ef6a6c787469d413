"""Round-24 Official rule (Arabic), on sentences written for the test: a later «رئيس جمهورية
X» (the head of a named country's state, governing «جمهورية») is not an official named before
as the head of another body («رئيس الديوان الأميري»), even when that official's country is
not known and no one of X is named: it is an official of its own."""

from __future__ import annotations

from .helpers import ent, names, run

_TEXT = (
    "أمير البلاد يستقبل وزير خارجية غانا\n"
    "الدوحة (قنا) - استقبل حضرة صاحب السمو أمير البلاد المفدى اليوم معالي السيد كوفي "
    "أدجيمانغ بواتينغ وزير الخارجية الغاني.\n"
    "وحضر المقابلة سعادة السيد جاسم بن علي الهاجري رئيس الديوان الأميري.\n"
    "من جهة أخرى، بعث سمو الأمير ببرقية تهنئة إلى رئيس جمهورية البرتغال بمناسبة العيد "
    "الوطني لبلاده.\n"
)


def test_ar_president_of_a_republic_is_not_the_head_of_another_body():
    ex = run(_TEXT, "ar")
    assert "رئيس جمهورية البرتغال" not in ent(ex, "جاسم بن علي الهاجري").aliases
    assert "رئيس جمهورية البرتغال" in names(ex, "Official")
