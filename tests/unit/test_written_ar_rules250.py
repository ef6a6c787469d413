"""«حركة» right after a verbal noun is that action's object, the common noun "movement, traffic"
("تسهيل حركة الحافلات"), no body; a named movement stays, round 26 (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def _movements(ex) -> set[str]:
    return {n for n in names(ex, "Agency") if "حركة" in n}


def test_ar_traffic_after_a_verbal_noun_is_no_body():
    ex = run(
        "وزير النقل يبحث تسهيل العبور\n"
        "بحث وزير النقل سامر عادل القيسي مع نظيره كريم حسن الزين سبل تسهيل حركة الحافلات "
        "عبر المنافذ الحدودية.",
        "ar",
    )
    assert not _movements(ex)


def test_ar_traffic_after_and_or_a_glued_preposition_and_a_verbal_noun_is_no_body():
    ex = run(
        "لقاء في العاصمة\n"
        "أكد وزير النقل سامر عادل القيسي التزام الحكومة بتسهيل حركة البضائع، "
        "وبحث مع ضيفه توسيع الموانئ وتنظيم حركة السفن في الخليج.",
        "ar",
    )
    assert not _movements(ex)


def test_ar_named_movement_after_a_role_or_a_preposition_stays_a_body():
    ex = run(
        "لقاء في العاصمة\n"
        "استقبل وزير الخارجية سامر عادل القيسي رئيس حركة التجديد الوطني منير فؤاد الحداد، "
        "ثم التقى وفدا من حركة الإصلاح الديمقراطي.",
        "ar",
    )
    assert ("منير فؤاد الحداد", "حركة التجديد الوطني") in rels(ex, "MEMBER_OF")
    assert any(n.startswith("حركة الإصلاح") for n in _movements(ex))
