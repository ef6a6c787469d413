"""A role and a bare definite head right before an official's mention that opens with a style
or rank («مقرر اللجنة النائب X») are the official's title: the official is in the body the bare
head stands for (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _bodies_of(ex, name: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name and t is not None}


def test_ar_rapporteur_of_the_committee_before_the_mp_is_its_member():
    ex = run(
        "لجنة نيابية تبحث ملف المناهج\n"
        "عقدت لجنة التعليم والثقافة البرلمانية صباح الثلاثاء، برئاسة النائب فيصل مبارك "
        "الدوسري، اجتماعا مع وفد من منظمة اليونسكو.\n"
        "وشارك في النقاش مقرر اللجنة النائب حمد راشد السبيعي والنائبان عادل جاسم الكندري "
        "ويوسف علي البناي.",
        "ar",
    )
    assert "لجنة التعليم والثقافة البرلمانية" in _bodies_of(ex, "حمد راشد السبيعي")


def test_ar_role_of_another_mention_is_not_taken():
    ex = run(
        "لقاء نيابي\n"
        "عقدت لجنة التعليم والثقافة البرلمانية صباح الثلاثاء اجتماعا مع وفد من منظمة اليونسكو.\n"
        "وأوضح رئيس الوفد أن اللجنة النائب الأول للرئيس سيحضر جلستها المقبلة.",
        "ar",
    )
    assert not any(
        "لجنة التعليم والثقافة البرلمانية" in _bodies_of(ex, n)
        for n in {s for s, _ in rels(ex, "MEMBER_OF") if s}
    )
