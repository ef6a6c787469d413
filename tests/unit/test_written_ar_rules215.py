"""Arabic: the undersecretaries of a ministry by their remit ("الوكيل الفني", "الوكيل الإداري",
"الوكيل الأقدم") head a title before a name, as the feminine forms do (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_technical_undersecretary_before_a_name():
    ex = run(
        "وجرى اللقاء في بغداد بحضور الوكيل الفني للوزارة الدكتور قاسم علي الربيعي.",
        "ar",
    )
    assert "قاسم علي الربيعي" in names(ex, "Official")
    assert ent(ex, "قاسم علي الربيعي").title.startswith("الوكيل الفني")


def test_ar_administrative_undersecretary_before_a_name():
    ex = run("وحضر الاجتماع الوكيل الإداري لوزارة النفط سالم حميد الجبوري.", "ar")
    assert "سالم حميد الجبوري" in names(ex, "Official")
