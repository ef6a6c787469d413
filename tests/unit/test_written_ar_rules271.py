"""Arabic: after a regional post's body, its abbreviation in brackets (the clitic split may cut
it into a letter and a function word) and "for the region" (a genitive particle and region
words) still belong to the title: the honorific after them opens the holder's name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_name_after_bracket_and_region():
    ex = run(
        "واستقبل الوزير المدير الإقليمي لمنظمة الأغذية والزراعة (فاو) لجنوب وشرق أفريقيا"
        " الدكتور ماتيو لورينزو غاريدو في مكتبه.",
        "ar",
    )
    assert "ماتيو لورينزو غاريدو" in names(ex, "Official")
    assert ("ماتيو لورينزو غاريدو", "منظمة الأغذية والزراعة") in rels(ex, "MEMBER_OF")


def test_ar_name_after_region_without_bracket_still_read():
    ex = run(
        "والتقى الوزير ممثل البنك الدولي للشرق الأوسط وشمال أفريقيا الدكتور لوكاس فيرنر براندت.",
        "ar",
    )
    assert "لوكاس فيرنر براندت" in names(ex, "Official")


def test_ar_far_honorific_without_region_not_bound():
    ex = run(
        "واستقبل المدير الإقليمي لمنظمة الأغذية والزراعة في مكتبه بمقر المنظمة صباح اليوم"
        " الدكتور ماتيو لورينزو غاريدو.",
        "ar",
    )
    assert ("ماتيو لورينزو غاريدو", "منظمة الأغذية والزراعة") not in rels(ex, "MEMBER_OF")
