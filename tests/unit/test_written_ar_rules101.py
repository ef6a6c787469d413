"""Round-22 membership rule (Arabic): a title naming its body by the bare definite head noun
("نائب رئيس البنك", "المدير العام للشركة") is held in the body named before it in the sentence
(for a delegation, the body it is from); on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_a_delegations_head_titled_by_the_bare_head_is_of_the_body_it_is_from():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - استقبل وزير الطاقة سامي عودة الحديد اليوم وفداً من شركة "
        "نوردال للطاقة النرويجية برئاسة نائب الرئيس التنفيذي للشركة لشؤون الشرق الأوسط "
        "ماركوس هالفين، وبحث معه مشاريع الرياح.\n",
        "ar",
    )
    assert ("ماركوس هالفين", "شركة نوردال للطاقة النرويجية") in rels(ex, "MEMBER_OF")


def test_ar_a_loose_bare_head_after_the_role_is_the_body_named_before():
    ex = run(
        "مباحثات\n"
        "الكويت، 3 مايو (وكالة) - بحث وزير التجارة الكويتي خالد سعد المطيري اليوم مع وفد من "
        "اتحاد الغرف والصناعات الفنلندية برئاسة نائب رئيس الاتحاد السيد يوهان ليندروس فرص "
        "الاستثمار المشترك.\n",
        "ar",
    )
    assert ("يوهان ليندروس", "اتحاد الغرف والصناعات الفنلندية") in rels(ex, "MEMBER_OF")


def test_ar_a_host_titled_by_the_bare_head_at_the_bodys_seat_is_of_it():
    ex = run(
        "زيارة\n"
        "سيول، 3 مايو (وكالة) - زار الوزير العنزي مقر الوكالة الكورية لتنمية الصادرات، حيث "
        "كان في استقباله نائب رئيس الوكالة بارك سونغ-هو.\n",
        "ar",
    )
    assert ("بارك سونغ-هو", "الوكالة الكورية لتنمية الصادرات") in rels(ex, "MEMBER_OF")


def test_ar_a_bare_head_closing_a_title_after_the_name_is_the_body_named_before():
    ex = run(
        "مباحثات\n"
        "مسقط، 3 مايو (وكالة) - استقبل وزير الاقتصاد سعيد بن ناصر الهنائي اليوم وفدا من "
        "الهيئة التايلندية لتنمية الاستثمار، برئاسة السيد سومشاي ويراكول الرئيس التنفيذي "
        "للهيئة.\n",
        "ar",
    )
    assert ("سومشاي ويراكول", "الهيئة التايلندية لتنمية الاستثمار") in rels(ex, "MEMBER_OF")


def test_ar_a_body_before_that_holds_the_title_is_no_antecedent():
    ex = run(
        "بيان\nبغداد - ذكر بيان للمكتب الإعلامي لرئيس المجلس أن الجانبين بحثا ملف الطاقة.\n",
        "ar",
    )
    assert not any(t == "المكتب الإعلامي لرئيس المجلس" for _s, t in rels(ex, "MEMBER_OF"))
