"""A counterpart named after "his X-ian counterpart" holds the portfolio of the official before
him in his own country's ministry, also when that official's ministry is named outright (not only
implied by his title) (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT_NAMED_MINISTRY = (
    "دعوة رسمية\n\n"
    "قال الناطق الرسمي باسم وزارة الخارجية السفير منصور عادل القحطاني إن وزير الخارجية داتو "
    "كمال الدين حاشم استقبل في مكتبه نظيره البيروفي خوسيه لويس باريديس.\n"
)


def test_ar_counterpart_of_a_minister_of_a_ministry_named_outright():
    members = rels(run(TEXT_NAMED_MINISTRY, "ar"), "MEMBER_OF")
    assert ("خوسيه لويس باريديس", "وزارة الخارجية البيروفية") in members
    assert ("وزارة الخارجية البيروفية", "بيرو") in members
