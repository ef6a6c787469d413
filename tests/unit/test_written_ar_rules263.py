"""The office of an envoy of another's role is named with the sender's role, the body that role
heads (the office's parent) and the country the envoy is sent to, round 26 (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_office_of_the_secretary_generals_envoy_to_a_country():
    ex = run(
        "رسالة\nتسلم الوزير رسالة حملها مدير مكتب المبعوث الشخصي للأمين العام لجامعة الدول "
        "العربية إلى ليبيا.",
        "ar",
    )
    office = "مكتب المبعوث الشخصي للأمين العام لجامعة الدول العربية إلى ليبيا"
    assert office in names(ex, "Agency")
    assert (office, "جامعة الدول العربية") in rels(ex, "MEMBER_OF")
    assert "مكتب المبعوث الشخصي" not in names(ex, "Agency")
