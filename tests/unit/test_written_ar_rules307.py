"""An indefinite company no name follows is no body: a company named only by its country's nisba
(«شركة نمساوية» "an Austrian company") or counted after a number («ستون شركة»); a company with a
name of its own still is one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "معرض للمعدات الزراعية\n\n"
    "افتتح وزير الصناعة الموريتاني أمس معرضا للمعدات الزراعية في نواكشوط تشارك فيه ستون شركة "
    "تعرض آلات الري الحديثة. وعرضت شركة نمساوية جرارات تعمل بالطاقة الشمسية، فيما وقّع الوزير "
    "اتفاقا مع شركة سيمنز الألمانية لصيانة المضخات.\n"
)


def test_ar_company_without_a_name_is_no_body():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert not any(a.startswith("شركة") and "سيمنز" not in a for a in agencies)
    assert not any(t.startswith("شركة") and "سيمنز" not in t for _s, t in rels(ex, "MEMBER_OF"))
    assert "شركة سيمنز الألمانية" in agencies
