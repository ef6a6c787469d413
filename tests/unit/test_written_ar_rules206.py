"""A friendship body's name goes on over the nisba of a region after its country's nisba, a dash
or not («لجنة الصداقة المغربية الأوروبية», «مجموعة الصداقة البرلمانية الفرنسية - الخليجية»);
the body stays the first country's (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_region_nisba_after_the_country_nisba_is_the_other_side():
    ex = run(
        "لقاء برلماني\n"
        "التقى رئيس لجنة الصداقة المغربية الأوروبية سعيد علي الناصري سفير فرنسا في الرباط.",
        "ar",
    )
    assert "لجنة الصداقة المغربية الأوروبية" in names(ex, "Agency")
    assert ent(ex, "لجنة الصداقة المغربية الأوروبية").country == "MAR"
    assert ("سعيد علي الناصري", "لجنة الصداقة المغربية الأوروبية") in rels(ex, "MEMBER_OF")


def test_ar_region_nisba_after_a_dash_is_the_other_side():
    ex = run(
        "لقاء برلماني\n"
        "قالت رئيسة مجموعة الصداقة البرلمانية الفرنسية - الخليجية آن ماري لوران إن التعاون "
        "مستمر.",
        "ar",
    )
    assert "مجموعة الصداقة البرلمانية الفرنسية - الخليجية" in names(ex, "Agency")


def test_ar_a_body_of_no_relations_keeps_its_name_before_another_adjective():
    ex = run("زيارة\nوصل الوفد المصري الرسمي إلى الرباط اليوم.", "ar")
    assert "الوفد المصري الرسمي" not in names(ex, "Agency")
