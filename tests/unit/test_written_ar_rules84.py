"""Arabic agency forms of round 22: a part of a body (committee, office, department) placed "in"
a body named in full is also named with that body, as the gold names it (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_committee_in_a_named_parliament_is_also_named_with_it():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية المغربي سعيد أحمد الناصري اليوم في الرباط رئيس لجنة الزراعة "
        "والتنمية الريفية في البرلمان الأوروبي هانز مولر.",
        "ar",
    )
    body = ent(ex, "لجنة الزراعة والتنمية الريفية في البرلمان الأوروبي")
    assert body.type == "Agency" and body.name == "لجنة الزراعة والتنمية الريفية"
    assert (body.name, "البرلمان الأوروبي") in rels(ex, "MEMBER_OF")
    assert ("هانز مولر", body.name) in rels(ex, "MEMBER_OF")


def test_ar_office_in_a_named_presidency_is_also_named_with_it():
    ex = run(
        "خبر\n\n"
        "وقال بيان صادر عن المكتب الإعلامي في رئاسة الوزراء اللبنانية إن الحكومة ستجتمع غدا.",
        "ar",
    )
    assert ent(ex, "المكتب الإعلامي في رئاسة الوزراء اللبنانية").type == "Agency"


def test_ar_part_in_the_anaphoric_ministry_keeps_its_short_name_only():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية التونسي منير حسن الطرابلسي اليوم سفير اليابان كينجي ناكامورا، "
        "وحضر اللقاء مدير إدارة أمريكا اللاتينية في الوزارة سامي عادل الجريبي.",
        "ar",
    )
    assert "إدارة أمريكا اللاتينية" in names(ex, "Agency")
    assert ent(ex, "إدارة أمريكا اللاتينية").aliases == ()
