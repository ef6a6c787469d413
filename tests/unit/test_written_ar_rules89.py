"""Round-22 membership rule (Arabic): a title whose role carries a possessive suffix
("مديرها العام", "رئيسه التنفيذي": its director general) is held in the body named right
before it; on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_a_role_with_a_feminine_possessive_is_of_the_body_before():
    ex = run(
        "زيارة\n"
        "الرباط، 3 مايو (وكالة) - حلت الوزيرة الإستونية ضيفة على الوكالة الوطنية لتنمية "
        "الموانئ، حيث استقبلها مديرها العام، السيد يوسف العلوي الإدريسي.\n",
        "ar",
    )
    assert ("يوسف العلوي الإدريسي", "الوكالة الوطنية لتنمية الموانئ") in rels(ex, "MEMBER_OF")


def test_ar_a_role_with_a_masculine_possessive_is_of_the_body_before():
    ex = run(
        "زيارة\n"
        "مسقط، 3 مايو (وكالة) - زار الوفد الفيتنامي جهاز الرقابة المالية العماني، والتقى "
        "رئيسه التنفيذي سعادة هلال بن سعيد الرواحي.\n",
        "ar",
    )
    assert ("هلال بن سعيد الرواحي", "جهاز الرقابة المالية العماني") in rels(ex, "MEMBER_OF")


def test_ar_a_counterpart_with_a_possessive_is_of_no_body():
    ex = run(
        "مباحثات\n"
        "الدوحة، 3 مايو (وكالة) - زار وزير الخارجية الماليزي مقر الهيئة العامة للجمارك، ثم "
        "التقى نظيره القطري خالد بن سعد العطية.\n",
        "ar",
    )
    assert not any(s == "خالد بن سعد العطية" and "الهيئة" in t for s, t in rels(ex, "MEMBER_OF"))
