"""Arabic rules of round 20 (names pool): a visit verb's object is no family name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_capital_after_a_visitors_given_name_is_the_visits_object():
    ex = run(
        "زيارة\nزار وزير الصحة التونسي كمال دمشق، حيث التقى نظيره السوري وبحث معه التعاون الطبي.",
        "ar",
    )
    assert "كمال دمشق" not in names(ex, "Official")
    assert "كمال" in names(ex, "Official")


def test_ar_capital_after_a_given_name_with_a_say_verb_stays_a_family_name():
    ex = run(
        "تصريح\nوقال وزير الصحة التونسي كمال دمشق، إن التعاون الطبي بين البلدين يتقدم.",
        "ar",
    )
    assert "كمال دمشق" in names(ex, "Official")


def test_ar_amman_or_oman_before_a_name_is_a_place_not_a_name_word():
    ex = run(
        "توقيع\nووقع الوزير، في وقت لاحق، مع سفير ألمانيا في عمان يوهانس كلاينرت، "
        "مذكرة تفاهم ثقافية.",
        "ar",
    )
    assert not {n for n in names(ex, "Official") if n.startswith("عمان")}
    assert "يوهانس كلاينرت" in names(ex, "Official")


def test_ar_morning_of_the_day_is_a_time_not_a_given_name():
    ex = run(
        "لقاء\nاستقبل الوزير صباح اليوم سفير البرازيل لدى المغرب وبحث معه التعاون الزراعي.",
        "ar",
    )
    assert "صباح" not in names(ex, "Official")


def test_ar_sabah_before_a_family_name_stays_a_name():
    ex = run(
        "لقاء\nاستقبل رئيس الوزراء الشيخ صباح الخالد اليوم سفير البرازيل لدى الكويت.",
        "ar",
    )
    assert "صباح الخالد" in names(ex, "Official")


def test_ar_news_agency_after_a_ministers_title_is_whom_he_told():
    ex = run(
        "تصريح\n"
        "وصرح سعادة وزير الدولة للشؤون الخارجية لوكالة الأنباء القطرية بأن التعاون الزراعي "
        "مع تشيلي يتقدم.",
        "ar",
    )
    assert not {n for n in names(ex, "Official") if "وكالة" in n}


def test_ar_purpose_after_a_titles_body_ends_the_title():
    ex = run(
        "اتصال\nوقال الوزير إنه التقى أمس الأمين العام لمنظمة التعاون الإسلامي "
        "لتنسيق الجهود الإغاثية.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "الأمين العام لمنظمة التعاون الإسلامي" in officials
    assert not {n for n in officials if "لتنسيق" in n}


def test_ar_a_city_of_the_titles_own_country_is_no_post():
    ex = run(
        "زيارة\nواستقبل رئيس الوزراء اليمني في عدن اليوم وفدا تجاريا مالطيا.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "رئيس الوزراء اليمني" in officials
    assert not {n for n in officials if "عدن" in n}
