"""Arabic: the dual (and plural) of a board member's title («عضوي مجلس إدارة X») before two
names joined by "and": each name is a member of the body governed after the board (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_two_board_members_after_dual_title():
    ex = run(
        "وحضر الاجتماع عضوا مجلس إدارة غرفة تجارة البحرين جاسم بن عيسى الفضالة "
        "وهند بنت خالد المناعي.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"جاسم بن عيسى الفضالة", "هند بنت خالد المناعي"} <= officials
    assert ("جاسم بن عيسى الفضالة", "غرفة تجارة البحرين") in rels(ex, "MEMBER_OF")


def test_ar_board_members_each_with_honorific():
    ex = run(
        "بحضور عضوي مجلس إدارة الغرفة السيد ماجد بن سعيد الكثيري والسيدة نوال علي الحارثي.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"ماجد بن سعيد الكثيري", "نوال علي الحارثي"} <= officials
