"""A dual member title after two officials joined by "and" ("X and Y, the two members of the
energy committee") makes each of them a member of the body, not only the one next to it; an
official not joined to the list by a conjunction or comma stays out (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "وزير النقل يبحث مع برلمانيين كينيين مشروع السكة الحديدية"
TEXT = (
    "مسقط - بحث وزير النقل العماني المهندس يوسف حمد البلوشي اليوم مع وفد كيني مشروع الربط "
    "السككي، وحضر الاجتماع من الجانب الكيني السيناتور جوزيف كاماو والسيناتورة ماري وانجيكو، "
    "عضوا لجنة الطاقة في مجلس الشيوخ الكيني.\n"
)


def test_ar_dual_member_title_after_two_names():
    members = rels(run(TEXT, "ar", title=TITLE), "MEMBER_OF")
    assert ("جوزيف كاماو", "لجنة الطاقة") in members
    assert ("ماري وانجيكو", "لجنة الطاقة") in members
    assert ("يوسف حمد البلوشي", "لجنة الطاقة") not in members
