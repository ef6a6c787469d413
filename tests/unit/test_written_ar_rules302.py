"""A counterpart named after "his X-ian counterpart" holds the portfolio of the official before
him in his own country's ministry, also when that official's ministry is named outright (not only
implied by his title) (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT_NAMED_MINISTRY = (
    "مشاورات سياسية\n\n"
    "رافق مدير إدارة التخطيط السياسي في وزارة الخارجية هشام يوسف النحاس وزير الخارجية رضوان "
    "سامح البيطار خلال لقائه نظيره الإكوادوري أندريس مولينا فيغا في كيتو.\n"
)


def test_ar_counterpart_of_a_minister_of_a_ministry_named_outright():
    members = rels(run(TEXT_NAMED_MINISTRY, "ar"), "MEMBER_OF")
    assert ("أندريس مولينا فيغا", "وزارة الخارجية الإكوادورية") in members
    assert ("وزارة الخارجية الإكوادورية", "الإكوادور") in members
