"""Arabic agency copy: "the ministry" closing a department's name ("a department at the
ministry") when every ministry named before it is one only a minister's title implied: it is
the ministry of the dispatch's lead official, not the guest's named last (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, rels, run

TITLE = "مباحثات مغربية غانية حول النقل البحري"
TEXT = (
    "الدار البيضاء – بحث وزير النقل كمال إدريس الوزاني اليوم مع وزير النقل والطيران الغاني "
    "كوامي أوسي بواتنغ سبل فتح خط بحري منتظم بين الموانئ.\n\n"
    "وحضر المباحثات مدير الإدارة العامة للموانئ التجارية بالوزارة المهندس حميد صالح البقالي."
)


def test_ar_the_ministry_of_a_department_is_the_lead_officials():
    ex = run(TEXT, "ar", title=TITLE)
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "الإدارة العامة للموانئ التجارية"}
    assert parents == {"وزارة النقل"}


def test_ar_the_department_head_meets_the_guest():
    pairs = met(run(TEXT, "ar", title=TITLE))
    assert frozenset({"حميد صالح البقالي", "كوامي أوسي بواتنغ"}) in pairs
    assert frozenset({"حميد صالح البقالي", "كمال إدريس الوزاني"}) not in pairs
