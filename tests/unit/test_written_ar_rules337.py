"""A phrase-breaking function word glued to «و» («وعن», «ومن») is no name word: after a name and
its post between commas, «و» + such a word + a noun opens the next item of the list, not a holder
of the post before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_and_on_behalf_of_is_no_name_after_a_post():
    ex = run(
        "تسلم درع التكريم في ختام المعرض المهندس فادي نعيم الخوري، رئيس الهيئة العامة للمياه، "
        "وعن النقابة الدكتورة سلوى جبران حداد.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "وعن النقابة" not in officials
    assert "فادي نعيم الخوري" in officials
    assert ("فادي نعيم الخوري", "الهيئة العامة للمياه") in rels(ex, "MEMBER_OF")
