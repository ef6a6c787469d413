"""Arabic agency copy: "the ministry" closing a department's name ("a department at the
ministry") when every ministry named before it is one only a minister's title implied: it is
the ministry of the dispatch's lead official, not the guest's named last (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, rels, run

TITLE = "لقاء أردني كيني"
TEXT = (
    "عمّان – التقى وزير الأشغال العامة والإسكان رامي فؤاد الخصاونة صباح اليوم وزير النقل "
    "الكيني بيتر أوتيينو واسونغا، وتناول اللقاء تبادل الخبرات في صيانة الطرق الجبلية.\n\n"
    "وشارك في اللقاء مدير الإدارة العامة للطرق الريفية في الوزارة المهندسة سوسن عادل الحياري."
)


def test_ar_the_ministry_of_a_department_is_the_lead_officials():
    ex = run(TEXT, "ar", title=TITLE)
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "الإدارة العامة للطرق الريفية"}
    assert parents == {"وزارة الأشغال العامة والإسكان"}


def test_ar_the_department_head_meets_the_guest():
    pairs = met(run(TEXT, "ar", title=TITLE))
    assert frozenset({"سوسن عادل الحياري", "بيتر أوتيينو واسونغا"}) in pairs
    assert frozenset({"سوسن عادل الحياري", "رامي فؤاد الخصاونة"}) not in pairs
