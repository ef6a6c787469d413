"""A word right before a preposition carrying a pronoun that points back to a call or a visit
(«خلاله», «إليه») is the verb of the clause describing it, never a one-word name of the title
before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "وزير الصحة يتلقى اتصالا من نظيره\n\n"
    "نواكشوط – أفاد بيان صادر عن الوزارة بأن وزير الصحة تلقى مساء الأحد اتصالا هاتفيا من "
    "وزير الصحة والسكان الغاني ناقشا خلاله تنسيق حملات التطعيم في غرب القارة.\n\n"
    "وكان الوزير قد استقبل الشهر الماضي مبعوثا من رئيس الحكومة البنينية سلم إليه رسالة خطية.\n"
)


def test_ar_word_before_during_it_is_a_verb_not_a_name():
    officials = names(run(TEXT, "ar"), "Official")
    assert "ناقشا" not in officials
    assert "سلم" not in officials
