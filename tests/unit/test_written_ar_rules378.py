"""An Arabic institute named by its country's nisba and then a purpose glued to "for"
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_institute_keeps_its_purpose_after_the_nisba():
    ex = run(
        "زيارة علمية\n"
        "استقبل وزير التعليم العالي يوسف القاسمي أمس الخبيرة نادين فورتيه، رئيسة قسم الدراسات "
        "في المعهد البلجيكي لدراسة الزلازل، في مكتبه بالعاصمة.",
        "ar",
    )
    body = "المعهد البلجيكي لدراسة الزلازل"
    assert body in names(ex, "Agency")
    assert "المعهد البلجيكي" not in names(ex, "Agency")
    assert (body, "بلجيكا") in rels(ex, "MEMBER_OF")
