"""«مدير المركز …»: a definite centre right after a role that governs it is the body the holder
heads, its name read with its complement, not the field of a directorate; a centre no role
governs is no body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "تقرير عن الزلازل\n\n"
    "وأوضحت مديرة المركز الوطني لرصد الهزات الأرضية نوال حسين الدباغ في مؤتمر صحفي أن الشبكة "
    "الجديدة ستغطي المناطق الجبلية.\n"
)

PLAIN = (
    "خبر رياضي\n\n"
    "احتل المنتخب الوطني المركز الأول في البطولة، وزار الوزير المركز الثقافي في المدينة.\n"
)


def test_ar_centre_after_role_is_the_body():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert "المركز الوطني لرصد الهزات الأرضية" in agencies
    assert not any(a.startswith("مديرية") for a in agencies)
    assert ("نوال حسين الدباغ", "المركز الوطني لرصد الهزات الأرضية") in rels(ex, "MEMBER_OF")
    # no role governs it: a rank, a place
    assert names(run(PLAIN, "ar"), "Agency") == set()
