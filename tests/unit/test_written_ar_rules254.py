"""The International Labour Organization is an international body named whole: its regional
remit after it («للدول العربية») is no part of its name, and its office «بـ» a country is a post of
it named with that country; the organisation is no body of the country, round 26 (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_labour_organisation_is_named_whole():
    ex = run(
        "زيارة\nوبحث رئيس الاتحاد العام للنقابات مع كبير مستشاري منظمة العمل الدولية للدول "
        "العربية رامي فؤاد الحداد برامج التدريب.",
        "ar",
    )
    assert "منظمة العمل الدولية" in names(ex, "Agency")
    assert not {n for n in names(ex, "Agency") if n.endswith("العربية")}


def test_ar_office_of_an_organisation_in_a_country():
    ex = run(
        "لقاء\nوحضرت اللقاء مديرة مكتب منظمة العمل الدولية بالمغرب هالة سمير الخطيب.",
        "ar",
    )
    e = ent(ex, "مكتب منظمة العمل الدولية")
    assert "مكتب منظمة العمل الدولية بالمغرب" in {e.name, *e.aliases}
    assert "منظمة العمل الدولية" in names(ex, "Agency")
