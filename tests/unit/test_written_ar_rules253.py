"""A purpose glued to «ل» after a body's definite field may be closed by a region's name, which
takes no article (a department «لدول» a region under a fund): the region closes the name and
no official is read from the glued noun; a bank or fund of an international body named by its
acronym goes on with its purpose glued to «لل», round 26 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_department_for_countries_of_a_region():
    ex = run(
        "توقيع\nووقع الاتفاقية مدير إدارة العمليات لدول شرق آسيا بالصندوق المهندس سامي خالد "
        "العنزي.",
        "ar",
    )
    assert "إدارة العمليات لدول شرق آسيا" in names(ex, "Agency")
    assert "سامي خالد العنزي" in names(ex, "Official")
    assert not {n for n in names(ex, "Official") if n.startswith("لدول")}


def test_ar_department_for_countries_of_a_three_word_region():
    ex = run(
        "لقاء\nوحضر اللقاء مدير إدارة المشاريع لدول جنوب شرق آسيا في البنك منى علي السالم.",
        "ar",
    )
    assert "إدارة المشاريع لدول جنوب شرق آسيا" in names(ex, "Agency")


def test_ar_bank_of_an_international_body_with_its_purpose():
    ex = run(
        "توقيع\nووقع الاتفاقية مدير عام بنك أوبك للاستثمار الزراعي سامر خالد النمري.",
        "ar",
    )
    assert "بنك أوبك للاستثمار الزراعي" in names(ex, "Agency")
    assert "بنك أوبك" not in names(ex, "Agency")
