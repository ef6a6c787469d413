"""A dual member title after two officials joined by "and" ("X and Y, the two members of the
education committee") makes each of them a member of the body, not only the one next to it; an
official not joined to the list by a conjunction or comma stays out (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "عينان يقترحان صندوقا للمدارس الريفية"
TEXT = (
    "عمان - في ختام جلسة ترأسها وزير التربية عادل منصور القيسي، عرض العين طارق سليم "
    "الزعبي والعين رنا فؤاد الحسن، عضوا لجنة التعليم في مجلس الأعيان، مقترحا لتمويل "
    "المدارس الريفية.\n"
)


def test_ar_dual_member_title_after_two_names():
    members = rels(run(TEXT, "ar", title=TITLE), "MEMBER_OF")
    assert ("طارق سليم الزعبي", "لجنة التعليم") in members
    assert ("رنا فؤاد الحسن", "لجنة التعليم") in members
    assert ("عادل منصور القيسي", "لجنة التعليم") not in members


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


HELD_TITLE = "لجنة الصحة النيابية تبحث مع برلمانيين منغوليين صناعة الدواء"
HELD_TEXT = (
    "تونس - التقت رئيسة لجنة الصحة في مجلس نواب الشعب النائبة سلوى منجي القاسمي، صباح "
    "الأربعاء، وفدا من البرلمان المنغولي.\n\n"
    "وتقود الوفد النائبة بولورما غانبات رئيسة لجنة العلوم في البرلمان المنغولي.\n\n"
    "وعرضت القاسمي على الضيوف مسودة قانون الأدوية الجنيسة التي صاغتها مع النائبين هشام الطاهر "
    "الورغي وعمر بلقاسم الجريدي عضوي اللجنة.\n"
)


def test_ar_glued_and_before_name_and_the_speakers_committee():
    """The second name carries the conjunction glued to it; the bare "the committee" is the one
    the chair named earlier in the sentence heads, not the visitors' committee named last."""
    members = rels(run(HELD_TEXT, "ar", title=HELD_TITLE), "MEMBER_OF")
    assert ("هشام الطاهر الورغي", "لجنة الصحة النيابية") in members
    assert ("عمر بلقاسم الجريدي", "لجنة الصحة النيابية") in members
    assert ("هشام الطاهر الورغي", "لجنة العلوم") not in members
    assert ("عمر بلقاسم الجريدي", "لجنة العلوم") not in members
