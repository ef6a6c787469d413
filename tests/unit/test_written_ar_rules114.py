"""Arabic belonging of round 23: a title apposed after the name whose body is a bare definite
head («كريم العتوم نائب رئيس الشركة للشؤون المالية») is held in the body of that head named
before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_name_then_title_with_bare_head_joins_the_named_body():
    ex = run(
        "وقّعت شركة الأفق للإسمنت اليوم اتفاقية توريد مع وزارة الأشغال العامة في عمّان. "
        "وحضر التوقيع السيد كريم سالم العتوم نائب رئيس الشركة للشؤون المالية.",
        "ar",
    )
    members = {t for s, t in rels(ex, "MEMBER_OF") if s == "كريم سالم العتوم"}
    assert "شركة الأفق للإسمنت" in members
