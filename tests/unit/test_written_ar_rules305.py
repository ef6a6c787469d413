"""«مدير المركز …»: a definite centre right after a role that governs it is the body the holder
heads, its name read with its complement, not the field of a directorate; a centre no role
governs is no body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "وزير التعليم يستقبل وفدا\n\n"
    "التقى وزير التعليم اليمني اليوم مدير المركز الإقليمي للدراسات المائية الدكتور سالم بن خالد "
    "العامري، وبحث معه برامج التدريب.\n"
)

PLAIN = (
    "خبر رياضي\n\n"
    "احتل المنتخب الوطني المركز الأول في البطولة، وزار الوزير المركز الثقافي في المدينة.\n"
)


def test_ar_centre_after_role_is_the_body():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert "المركز الإقليمي للدراسات المائية" in agencies
    assert not any(a.startswith("مديرية") for a in agencies)
    assert ("سالم بن خالد العامري", "المركز الإقليمي للدراسات المائية") in rels(ex, "MEMBER_OF")
    # no role governs it: a rank, a place
    assert names(run(PLAIN, "ar"), "Agency") == set()
