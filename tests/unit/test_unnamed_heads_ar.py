"""Officials named by a title over a body the title names, and a title-only mention of an
official named elsewhere.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, run


def test_the_head_of_a_named_body_without_a_name_is_an_official():
    ex = run("وبحث الوزير القضايا الإقليمية مع الأمين العام لمنظمة التعاون الإسلامي.", "ar")
    assert "الأمين العام لمنظمة التعاون الإسلامي" in names(ex, "Official")


def test_a_deputy_of_a_named_body_is_one_of_several():
    ex = run("وبحث الوزير القضايا الإقليمية مع نائب الأمين العام لمنظمة التعاون الإسلامي.", "ar")
    assert names(ex, "Official") == set()


def test_a_title_only_mention_is_the_official_named_with_that_title():
    ex = run(
        "قائد القيادة العسكرية المشتركة يزور المنامة\n"
        "استقبل وزير الدفاع سالم أحمد الحربي قائد القيادة العسكرية المشتركة الفريق خالد "
        "سعيد المري.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "خالد سعيد المري" in officials
    assert not any(o.startswith("قائد") for o in officials)
