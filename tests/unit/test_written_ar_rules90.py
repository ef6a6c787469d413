"""Round-22 membership rule (Arabic): the head of a delegation from a body, titled by a defined
role with no body or country of its own ("برئاسة نائبة الرئيس للعمليات X"), is an officer of
that body; on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_a_delegations_head_with_a_bare_defined_role_is_of_the_body_it_is_from():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - التقت وزيرة التخطيط سلمى فارس العمري اليوم وفداً من مؤسسة "
        "غيتس للتنمية الزراعية برئاسة نائبة الرئيس للبرامج الدولية كارين هولمبرغ، وبحثت "
        "معه مشاريع الري.\n",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("كارين هولمبرغ", "مؤسسة غيتس للتنمية الزراعية") in members


def test_ar_a_delegations_head_titled_by_another_body_is_not_of_the_delegations_body():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - التقى رئيس مجلس الأعيان سالم فهد الروسان اليوم وفدا من "
        "البرلمان الأوروبي برئاسة النائبة الهولندية إيفا دي يونغ.\n",
        "ar",
    )
    assert ("إيفا دي يونغ", "البرلمان الأوروبي") not in rels(ex, "MEMBER_OF")


def test_ar_a_delegations_head_with_a_unique_role_of_no_named_body_is_of_the_body():
    ex = run(
        "مباحثات\n"
        "الرياض، 3 مايو (وكالة) - التقى وزير التجارة سعد بن فهد القحطاني اليوم وفدًا من غرفة "
        "التجارة والصناعة الفلبينية برئاسة رئيس الغرفة السيد رامون ديلا كروز.\n",
        "ar",
    )
    assert ("رامون ديلا كروز", "غرفة التجارة والصناعة الفلبينية") in rels(ex, "MEMBER_OF")
