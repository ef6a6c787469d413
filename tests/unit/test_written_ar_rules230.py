"""A release's issuer line after its dateline ("الرباط – وزارة الاقتصاد – مديرية الإعلام"):
the capital's name before the two bodies does not keep the unit from its body (round 25,
sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_dateline_body_and_its_office():
    ex = run(
        "وزير الاقتصاد يستقبل وفدا تجاريا\n\n"
        "الرباط – مجلس المستشارين – المكتب الإعلامي\n\n"
        "استقبل رئيس مجلس المستشارين وفدا تجاريا اليوم، وبحث معه سبل تعزيز التعاون.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert any("المكتب الإعلامي" in s and t and "مجلس المستشارين" in t for s, t in members), members
