"""Arabic belonging of round 23: a committee whose name closes with the adjective of a house of
parliament («لجنة … النيابية», «لجنة … البرلمانية») is a part of the house the article names,
not of a visiting delegation's house; none when no house is named, and none for a friendship
group (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_house_committee_in_the_house_named():
    ex = run(
        "استقبل رئيس مجلس النواب سالم راشد البدري اليوم وفدا من مجلس الشيوخ الكندي. "
        "وحضر اللقاء رئيس لجنة الزراعة والمياه النيابية النائب منذر خليل الهاشمي.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("لجنة الزراعة والمياه النيابية", "مجلس النواب") in members
    assert ("لجنة الزراعة والمياه النيابية", "مجلس الشيوخ الكندي") not in members


def test_ar_parliamentary_committee_of_the_assembly():
    ex = run(
        "بحث رئيس مجلس الأمة ناصر فهد الرشيدي مع السفير الياباني العلاقات الثنائية. "
        "وشارك في الاجتماع رئيس لجنة التعليم البرلمانية النائب وليد جاسم العنزي.",
        "ar",
    )
    assert ("لجنة التعليم البرلمانية", "مجلس الأمة") in rels(ex, "MEMBER_OF")


def test_ar_house_committee_without_a_house_named():
    ex = run(
        "التقى رئيس لجنة الطاقة النيابية النائب منذر خليل الهاشمي السفير الكندي في عمان.",
        "ar",
    )
    assert not [r for r in rels(ex, "MEMBER_OF") if r[0] == "لجنة الطاقة النيابية"]


def test_ar_friendship_group_not_placed_in_the_house():
    ex = run(
        "استقبل رئيس مجلس النواب سالم راشد البدري اليوم رئيس لجنة الصداقة البرلمانية "
        "النائب منذر خليل الهاشمي.",
        "ar",
    )
    assert ("لجنة الصداقة البرلمانية", "مجلس النواب") not in rels(ex, "MEMBER_OF")
