"""An indefinite company no name follows is no body: a company named only by its country's nisba
(«شركة تركية» "a Turkish company") or counted after a number («ثلاثين شركة»); a company with a
name of its own still is one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "غرفة التجارة تستقبل وفدا\n\n"
    "قال رئيس غرفة تجارة صحار إن أكثر من 400 شركة إسبانية تعمل في السلطنة، وإن الوفد يضم ممثلي "
    "خمسين شركة تبحث عن شركاء. واستقبل رئيس الغرفة لاحقا مسؤولين من شركة برتغالية، ثم ممثلي "
    "شركة فيستاس الدنماركية.\n"
)


def test_ar_company_without_a_name_is_no_body():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert not any(a.startswith("شركة") and "فيستاس" not in a for a in agencies)
    assert not any(t.startswith("شركة") and "فيستاس" not in t for _s, t in rels(ex, "MEMBER_OF"))
    assert "شركة فيستاس الدنماركية" in agencies
