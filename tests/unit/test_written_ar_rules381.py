"""A masculine adjective after a feminine body's bare head that a title governs agrees with the
title, not with the body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_masculine_adjective_after_the_ministry_qualifies_the_title():
    ex = run(
        "زيارة ميدانية\n"
        "تفقد وزير النقل التونسي منير الجلاصي أمس ميناء صفاقس، يرافقه وكيل الوزارة الإداري "
        "رضا بن عمر.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الوزارة الإداري" not in agencies
    assert ("رضا بن عمر", "وزارة النقل") in rels(ex, "MEMBER_OF")


def test_ar_feminine_adjective_still_qualifies_the_body():
    ex = run(
        "زيارة ميدانية\nاستقبل الوزير منير الجلاصي أمس رئيس الهيئة الوطنية سامي الحداد في مكتبه.",
        "ar",
    )
    assert "الهيئة الوطنية" in names(ex, "Agency")


def test_ar_definite_word_after_an_indefinite_feminine_head_is_its_genitive():
    ex = run(
        "جولة تفقدية\n"
        "اجتمع محافظ الإقليم خالد المرزوقي صباح اليوم بمدير شركة الوادي عادل النقيب لمتابعة "
        "أعمال الصيانة.",
        "ar",
    )
    assert ("عادل النقيب", "شركة الوادي") in rels(ex, "MEMBER_OF")
