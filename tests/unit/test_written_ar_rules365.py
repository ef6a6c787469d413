"""The Maghreb chief-executive title «الرئيس المدير العام» is one role: no bare «الرئيس» official
is left before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "ملاحة\n"
    "وأوضح الرئيس المدير العام للشركة الوطنية للنقل البحري، السيد سفيان زغدود، أن الأسطول "
    "سيتعزز بثلاث سفن جديدة."
)


def test_ar_chief_executive_title_is_one_role():
    ex = run(_TEXT, "ar")
    assert "الرئيس" not in names(ex, "Official")
    assert ("سفيان زغدود", "الشركة الوطنية للنقل البحري") in rels(ex, "MEMBER_OF")
