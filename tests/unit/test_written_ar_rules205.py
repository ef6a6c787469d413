"""A post abroad of a body is also named with the place it serves: «بعثة الاتحاد الأوروبي في
ليبيا», «مكتب الأمم المتحدة في نيروبي» are forms of the mission, the office; an embassy named with
its capital has the name without it as an alias (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_mission_of_an_international_body_keeps_its_place():
    ex = run(
        "لقاء في طرابلس\n"
        "التقى وزير الخارجية الليبي سالم عمر الزروق رئيس بعثة الاتحاد الأوروبي في ليبيا "
        "هانس بيتر كولر.",
        "ar",
    )
    assert "بعثة الاتحاد الأوروبي في ليبيا" in ent(ex, "بعثة الاتحاد الأوروبي").aliases
    assert ("بعثة الاتحاد الأوروبي", "الاتحاد الأوروبي") in rels(ex, "MEMBER_OF")


def test_ar_office_of_an_international_body_keeps_its_capital():
    ex = run(
        "لقاء تجاري\nاستقبل وزير التجارة المغربي سعيد الناصري مدير مكتب الأمم المتحدة في نيروبي.",
        "ar",
    )
    assert "مكتب الأمم المتحدة في نيروبي" in ent(ex, "مكتب الأمم المتحدة").aliases


def test_ar_embassy_in_a_capital_has_its_short_name_as_alias():
    ex = run("زيارة\nزار الوزير المغربي سعيد الناصري سفارة إيطاليا في الرباط.", "ar")
    assert "سفارة إيطاليا" in ent(ex, "سفارة إيطاليا في الرباط").aliases


def test_ar_a_place_not_after_a_post_is_no_part_of_a_name():
    ex = run(
        "لقاء\nالتقى وزير الخارجية الليبي سالم عمر الزروق وفد الاتحاد الأوروبي في طرابلس.",
        "ar",
    )
    assert not any("طرابلس" in n for n in names(ex, "Agency"))
