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


BARE_TITLE = "وفد برلماني عماني يشارك في مؤتمر للمياه"
BARE_TEXT = (
    "جنيف - شارك وفد مجلس الشورى في أعمال المؤتمر البرلماني الدولي للمياه الذي اختتم أمس، وقد مثّل "
    "الوفد فيه المهندس سالم راشد الهنائي والدكتورة منى علي البلوشي، عضوا المجلس.\n"
)


def test_ar_dual_member_of_bare_head_after_two_names():
    """The body after the dual is a bare head ("the council") in the last name's own title, the
    council named before only as the body a delegation is from: it stands for that council, for
    each name listed."""
    members = rels(run(BARE_TEXT, "ar", title=BARE_TITLE), "MEMBER_OF")
    assert ("سالم راشد الهنائي", "مجلس الشورى") in members
    assert ("منى علي البلوشي", "مجلس الشورى") in members


HELD_TITLE = "لجنة الطاقة النيابية تستقبل وفدا برلمانيا ماليزيا"
HELD_TEXT = (
    "بغداد - استقبل رئيس لجنة الطاقة في مجلس النواب العراقي النائب حسين علي الجبوري، اليوم "
    "الثلاثاء، وفدا من البرلمان الماليزي.\n\n"
    "ويترأس الوفد النائب أنور حسن رزالي رئيس لجنة الصناعة في البرلمان الماليزي.\n\n"
    "وقال الجبوري، بحضور النائبين سعد جاسم الدليمي وكريم حمود العبيدي عضوي اللجنة، إن العراق "
    "يرحب بالاستثمارات الماليزية في قطاع الغاز.\n"
)


def test_ar_glued_and_before_name_and_the_speakers_committee():
    """The second name carries the conjunction glued ("wa-Karim"); the bare "the committee" is
    the one the speaker of the sentence chairs, not the visitors' committee named last."""
    members = rels(run(HELD_TEXT, "ar", title=HELD_TITLE), "MEMBER_OF")
    assert ("سعد جاسم الدليمي", "لجنة الطاقة النيابية") in members
    assert ("كريم حمود العبيدي", "لجنة الطاقة النيابية") in members
    assert ("سعد جاسم الدليمي", "لجنة الصناعة") not in members
    assert ("كريم حمود العبيدي", "لجنة الصناعة") not in members
