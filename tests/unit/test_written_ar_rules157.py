"""Arabic: an international body named with the country it sits in after a preposition of place
("al-munazzama al-dawliyya lil-hijra fi X") has that country as its seat, not its owner: no
MEMBER_OF to it; a national body so named keeps it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_international_organisation_in_a_country_is_not_its_body():
    ex = run(
        "التقى وزير الاقتصاد أمين سلام اليوم مع ماتيو لوتشيانو ممثل المنظمة الدولية للهجرة في "
        "لبنان.",
        "ar",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("ماتيو لوتشيانو", "المنظمة الدولية للهجرة في لبنان") in got
    assert ("المنظمة الدولية للهجرة في لبنان", "لبنان") not in got


def test_ar_international_corporation_in_a_country_is_not_its_body():
    ex = run(
        "التقى وزير الاقتصاد أمين سلام اليوم مع مدير مؤسسة التمويل الدولية في لبنان ماتيو "
        "لوتشيانو.",
        "ar",
    )
    assert ("مؤسسة التمويل الدولية في لبنان", "لبنان") not in rels(ex, "MEMBER_OF")


def test_ar_national_body_in_its_country_keeps_it():
    ex = run(
        "استقبل وزير الاقتصاد أمين سلام اليوم مدير المؤسسة العامة للاستثمار في لبنان مازن سويد.",
        "ar",
    )
    assert ("المؤسسة العامة للاستثمار في لبنان", "لبنان") in rels(ex, "MEMBER_OF")
