"""A bare "the union" right after a role in construct ("deputy head of the-union") is the
role's anaphor of the union named before, as "the ministry" is: the title holds, and its holder
is an official of that union (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "استقبل وزير الصناعة سالم الكعبي اليوم وفدا من اتحاد الغرف الماليزية برئاسة نائب رئيس "
    "الاتحاد أحمد الزين، في بداية جولة تشمل ثلاث مدن.\n"
)


def test_ar_role_of_the_union_names_its_holder():
    ex = run(TEXT, "ar")
    assert "أحمد الزين" in names(ex, "Official")
    assert ("أحمد الزين", "اتحاد الغرف الماليزية") in rels(ex, "MEMBER_OF")
