"""Arabic agency forms of round 22: a part of a body (committee, office, department) placed "in"
a body named in full carries that body in its name, its own words as its short name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_committee_in_a_named_parliament_is_named_with_it():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية المغربي سعيد أحمد الناصري اليوم في الرباط رئيس لجنة الزراعة "
        "والتنمية الريفية في البرلمان الأوروبي هانز مولر.",
        "ar",
    )
    body = "لجنة الزراعة والتنمية الريفية في البرلمان الأوروبي"
    assert body in names(ex, "Agency")
    assert "لجنة الزراعة والتنمية الريفية" in ent(ex, body).aliases
    assert (body, "البرلمان الأوروبي") in rels(ex, "MEMBER_OF")
    assert ("هانز مولر", body) in rels(ex, "MEMBER_OF")


def test_ar_office_in_a_named_presidency_is_named_with_it():
    ex = run(
        "خبر\n\n"
        "وقال بيان صادر عن المكتب الإعلامي في رئاسة الوزراء اللبنانية إن الحكومة ستجتمع غدا.",
        "ar",
    )
    assert "المكتب الإعلامي في رئاسة الوزراء اللبنانية" in names(ex, "Agency")


def test_ar_part_in_the_anaphoric_ministry_keeps_its_short_name():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية التونسي منير حسن الطرابلسي اليوم سفير اليابان كينجي ناكامورا، "
        "وحضر اللقاء مدير إدارة أمريكا اللاتينية في الوزارة سامي عادل الجريبي.",
        "ar",
    )
    assert "إدارة أمريكا اللاتينية" in names(ex, "Agency")
