"""Arabic officials' names and unnamed posts, round 17, second pass (sentences written for these
tests, the names invented)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_diplomatic_style_after_the_ambassadors_country_is_the_posts():
    ex = run(
        "لقاء\n"
        "التقى سفير جمهورية تشيلي فوق العادة والمفوض لدى مصر خوان بيريز وزير الخارجية المصري "
        "أحمد سالم.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "فوق العادة" not in officials
    perez = ent(ex, "خوان بيريز")
    assert perez.country == "CHL"
    assert "فوق العادة" in (perez.title or "")


def test_ar_diplomatic_style_of_a_woman_ambassador():
    ex = run(
        "لقاء\n"
        "استقبل وزير الخارجية المصري أحمد سالم سفيرة جمهورية تشيلي فوق العادة والمفوضة لدى مصر "
        "ماريا لوبيز.",
        "ar",
    )
    assert "ماريا لوبيز" in names(ex, "Official")
    assert ent(ex, "ماريا لوبيز").country == "CHL"


def test_ar_unnamed_ambassador_of_a_country_to_another_is_named_by_the_post():
    ex = run("لقاء\nوحضر اللقاء سفير البيرو لدى مصر وسفير كولومبيا في مصر.", "ar")
    officials = names(ex, "Official")
    assert "سفير البيرو لدى مصر" in officials
    assert ent(ex, "سفير البيرو لدى مصر").country == "PER"


def test_ar_post_in_the_accusative_after_an_appointment_is_the_holders():
    ex = run(
        "قرارات\n"
        "استقبل رئيس جمهورية كولومبيا الوفد. ووافق المجلس على نظام الهيئة الوطنية للطاقة، "
        "وتعيين المهندس سامي بن فهد القحطاني رئيساً تنفيذياً للهيئة.",
        "ar",
    )
    assert "سامي بن فهد القحطاني" in names(ex, "Official")
    assert "رئيس جمهورية كولومبيا" in names(ex, "Official")


def test_ar_nisba_adjective_after_an_indefinite_post_is_no_name():
    ex = run(
        "قرارات\n"
        "ووافق المجلس على ترقية المهندس ماجد بن علي الحربي إلى وظيفة (مستشار قانوني) بالمرتبة "
        "الرابعة عشرة في وزارة النقل.",
        "ar",
    )
    assert "قانوني" not in names(ex, "Official")


def test_ar_ambassador_styled_before_a_name_is_no_unnamed_official():
    ex = run(
        "لقاء\nالتقى الوزير وفد الوكالة بحضور سفير الجمهورية التركية لدى كينيا السيد أمره يلدريم.",
        "ar",
    )
    assert "سفير الجمهورية التركية لدى كينيا" not in names(ex, "Official")
