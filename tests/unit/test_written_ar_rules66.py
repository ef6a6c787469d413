"""Round-21 name rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_two_given_names_and_two_family_names_ending_the_sentence_are_one_name():
    ex = run(
        "مباحثات\n"
        "مدريد (وكالة) - ويضم الوفد الإسباني مديرة إدارة أفريقيا في الوزارة "
        "ماريا إيزابيل غوميث أورتيث.",
        "ar",
    )
    assert "ماريا إيزابيل غوميث أورتيث" in names(ex, "Official")


def test_ar_a_clitic_shaped_family_name_before_a_second_one_closed_by_a_comma():
    ex = run(
        "مباحثات\n"
        "الرباط (وكالة) - أجرى الوزير مباحثات مع وزيرة الخارجية البيروفية، السيدة "
        "كارولينا إيزابيل فالنثويلا بارديو، التي تزور المملكة.",
        "ar",
    )
    assert "كارولينا إيزابيل فالنثويلا بارديو" in names(ex, "Official")


def test_ar_afternoon_and_noon_before_the_day_are_a_time_not_a_name():
    ex = run(
        "مباحثات\n"
        "عمّان (وكالة) - بحث وزير الداخلية عصر اليوم مع نظيره العراقي قاسم جبار الحمداني "
        "سبل التعاون الأمني. وكان الوزير قد التقى ظهر الأربعاء وفدا برلمانيا.",
        "ar",
    )
    officials = names(ex, "Official")
    assert not officials & {"عصر", "ظهر"}


def test_ar_a_title_before_this_evening_stays_an_official():
    ex = run(
        "استقبال\nالرباط (وكالة) - استقبل وزير الخارجية مساء اليوم السفير الكوري في الرباط.",
        "ar",
    )
    assert "وزير الخارجية" in names(ex, "Official")


def test_ar_a_stance_verbs_object_after_a_name_is_no_family_name():
    ex = run(
        "ترحيب\nبغداد (وكالة) - ورحب وزير الخارجية سالم كريم بالقرار الأممي. "
        "ورحب الوزير نادر سامي بالقرار.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"سالم كريم", "نادر سامي"} <= officials


def test_ar_french_du_and_portuguese_da_are_name_particles():
    ex = run(
        "لقاء\n"
        "جنيف (وكالة) - وحضر اللقاء سعادة السيد برنار دو لا روش المنسق الأممي للشؤون الإنسانية، "
        "وسفيرة البرتغال لدى سويسرا آنا لويزا دا كونيا.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"برنار دو لا روش", "آنا لويزا دا كونيا"} <= officials
