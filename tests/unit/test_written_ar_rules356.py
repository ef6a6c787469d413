"""A post closed by its definite field, then a role written with the article that names a country
of its own, then a name («استقبل وزير النقل والاتصالات السفير الهولندي لدى السلطنة X»): two
people, the name the second post's; the first post is the verb's subject, named before (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run


def test_ar_minister_before_a_foreign_ambassador_is_another_person():
    ex = run(
        "جولة الوزير\n"
        "مسقط - افتتح وزير النقل والاتصالات سعيد بن حمد المعولي صباح اليوم معرض الموانئ الدولي.\n"
        "وفي مساء اليوم نفسه، استقبل وزير النقل والاتصالات السفير الهولندي لدى السلطنة مارك هندريك "
        "يانسن، واستعرضا مشاريع الموانئ.",
        "ar",
    )
    assert ent(ex, "مارك هندريك يانسن").title == "السفير الهولندي لدى السلطنة"
    assert ("مارك هندريك يانسن", "وزارة النقل والاتصالات") not in rels(ex, "MEMBER_OF")
    assert frozenset({"سعيد بن حمد المعولي", "مارك هندريك يانسن"}) in met(ex)
