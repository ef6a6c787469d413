"""A title naming its body only by the bare definite head («وكيل الوزارة», «بالوزارة»): the
official is of the body it resolves to, round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_title_with_the_ministry_anaphor_is_of_the_ministry_named_before():
    ex = run(
        "وزير الخارجية يستقبل سفير البرتغال\n"
        "استقبل وزير الخارجية العماني بدر البوسعيدي اليوم في مقر وزارة الخارجية سفير البرتغال "
        "روي باروس.\n"
        "وحضر اللقاء وكيل الوزارة للشؤون الدبلوماسية خالد الحارثي، والمدير العام للتعاون "
        "الثنائي بالوزارة سعيد المعمري.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in member if s == "بدر البوسعيدي")
    assert ("خالد الحارثي", ministry) in member
    assert ("سعيد المعمري", ministry) in member


def test_ar_title_anaphor_takes_the_ministry_of_the_officials_side():
    ex = run(
        "مباحثات عمانية برتغالية\n"
        "مسقط - عقد وزير الخارجية العماني بدر البوسعيدي جلسة مباحثات مع وزير الخارجية البرتغالي "
        "جواو رانجل في مقر وزارة الخارجية.\n"
        "حضر الجلسة من الجانب العماني وكيل الوزارة للشؤون الدبلوماسية خالد الحارثي.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in member if s == "بدر البوسعيدي")
    assert ("خالد الحارثي", ministry) in member
    portuguese = next(t for s, t in member if s == "جواو رانجل")
    assert ("خالد الحارثي", portuguese) not in member


def test_ar_a_service_rank_in_a_title_is_no_anaphor():
    ex = run(
        "وفد أمني\n"
        "استقبل المدير العام للأمن الوطني سالم الأمين اليوم وفدا يقوده مدير الشرطة القضائية "
        "بالمديرية العامة سمير عيسى.\n"
        "ويضم الوفد محافظ الشرطة رشيد مختار.",
        "ar",
    )
    assert not any(s == "رشيد مختار" and "الشرطة" in t for s, t in rels(ex, "MEMBER_OF"))


def test_ar_implied_ministry_of_a_named_country_has_its_construct_form():
    ex = run(
        "اتصال هاتفي\n"
        "تلقى وزير الخارجية سامي الحلو اتصالاً هاتفياً من وزيرة خارجية جمهورية بنما السيدة آنا "
        "موراليس.",
        "ar",
    )
    panama = next(a for a in ex.entities if a.type == "Agency" and a.country == "PAN")
    assert "وزارة خارجية بنما" in {panama.name, *panama.aliases}


def test_ar_head_with_its_own_complement_takes_a_coordinated_field():
    ex = run(
        "منتدى أعمال\n"
        "التقى وزير التجارة سامي الحلو اليوم رئيس اتحاد الغرف والبورصات التركية أحمد أوزكان.",
        "ar",
    )
    bodies = [a for a in ex.entities if a.type == "Agency"]
    union = next(a for a in bodies if a.name.startswith("اتحاد الغرف"))
    assert union.name.startswith("اتحاد الغرف والبورصات")
    assert union.country == "TUR"


def test_ar_one_word_head_still_takes_no_coordinated_noun():
    ex = run(
        "بيان\nأكد وزير الخارجية سامي الحلو دعم الحكومة والشعب لجهود السلام.",
        "ar",
    )
    assert not any("والشعب" in a.name for a in ex.entities if a.type == "Agency")
