"""Round-21 membership rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_yataqaddamuhu_heads_the_delegation_before_it():
    # «وفداً من البرلمان المغربي يتقدمه X»: "a delegation … that X leads" (the verb agrees with
    # its head, the object pronoun is the delegation)
    ex = run(
        "عنوان\n"
        "الكويت (وكالة) - استقبل رئيس مجلس الأمة الكويتي فهد سالم العنزي اليوم وفداً من البرلمان "
        "المغربي يتقدمه رئيس لجنة الخارجية النائب محمد بن علي الإدريسي.",
        "ar",
    )
    assert ("محمد بن علي الإدريسي", "وفداً من البرلمان المغربي") in rels(ex, "MEMBER_OF")


def test_ar_tataqaddamuhu_a_woman_heads_the_delegation_before_it():
    # «وفداً … تتقدمه X»: the feminine verb agrees with a woman at its head
    ex = run(
        "عنوان\n"
        "عمان (وكالة) - استقبل وزير المالية سامر خليل الرواشدة اليوم وفداً من البنك الدولي "
        "تتقدمه نائبة رئيس البنك السيدة ماريا لوبيز غارسيا.",
        "ar",
    )
    assert ("ماريا لوبيز غارسيا", "وفداً من البنك الدولي") in rels(ex, "MEMBER_OF")


def test_ar_the_head_of_a_committee_in_a_chamber_heads_the_committee():
    # «لجنة … في مجلس الأعيان، برئاسة X»: the committee is the phrase's head noun, the chamber
    # its complement
    ex = run(
        "عنوان\n"
        "عمان (وكالة) - التقت لجنة الشؤون العربية في مجلس الأعيان، برئاسة العين سامي خليل "
        "الحديد، اليوم وفدا من البرلمان الإيطالي.",
        "ar",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("سامي خليل الحديد", "لجنة الشؤون العربية") in got
    assert ("سامي خليل الحديد", "مجلس الأعيان") not in got


def test_ar_the_host_of_an_invitation_does_not_head_the_guests_delegation():
    # «تلبية لدعوة من X، قام Y … على رأس وفد»: X is the object of «من», Y the clause's subject
    ex = run(
        "عنوان\n"
        "أبوظبي (وكالة) - تلبيةً لدعوة كريمة من صاحب السمو رئيس الدولة، قام دولة داتو سري أنور "
        "بن حاجي عثمان، رئيس وزراء ماليزيا، بزيارة رسمية إلى دولة الإمارات العربية المتحدة يومي 3 "
        "و4 مارس، على رأس وفد رفيع المستوى.",
        "ar",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("أنور بن حاجي عثمان", "وفد رفيع المستوى") in got
    assert ("رئيس الدولة", "وفد رفيع المستوى") not in got
