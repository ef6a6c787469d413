"""A post closed by its definite field, then a role written with the article that names a country
of its own, then a name: two people, the name the second post's; the first post is the verb's
subject, named before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run


def test_ar_minister_before_a_foreign_ambassador_is_another_person():
    ex = run(
        "معرض الكتاب\n"
        "عمّان - افتتحت وزيرة الثقافة والتراث هالة سمير الزعبي صباح السبت الدورة الجديدة لمعرض "
        "الكتاب.\n"
        "وعلى هامش المعرض استقبلت وزيرة الثقافة والتراث السفيرة الكندية لدى الأردن كاثرين ماري "
        "تريمبلاي وتناولت معها برامج الترجمة.",
        "ar",
    )
    assert ent(ex, "كاثرين ماري تريمبلاي").title == "السفيرة الكندية لدى الأردن"
    assert ("كاثرين ماري تريمبلاي", "وزارة الثقافة والتراث") not in rels(ex, "MEMBER_OF")
    assert frozenset({"هالة سمير الزعبي", "كاثرين ماري تريمبلاي"}) in met(ex)
