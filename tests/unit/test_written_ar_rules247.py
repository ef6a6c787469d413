"""A role and a bare definite head right before an official's mention that opens with a style
or rank («مقرر اللجنة النائب X») are the official's title: the official is in the body the bare
head stands for (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _bodies_of(ex, name: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name and t is not None}


def test_ar_rapporteur_of_the_committee_before_the_mp_is_its_member():
    ex = run(
        "لجنة برلمانية تلتقي وفدا\n"
        "التقت لجنة الشؤون المالية البرلمانية في مجلس الأمة برئاسة النائب سالم ناصر العازمي "
        "اليوم وفدا من البنك الدولي.\n"
        "وحضر الاجتماع مقرر اللجنة النائب بدر خالد المطيري وعضوا اللجنة النائبان مشعل فهد "
        "الرشيدي وعلي سعد الهاجري.",
        "ar",
    )
    assert "لجنة الشؤون المالية البرلمانية" in _bodies_of(ex, "بدر خالد المطيري")


def test_ar_role_of_another_mention_is_not_taken():
    ex = run(
        "لقاء برلماني\n"
        "التقت لجنة الشؤون المالية البرلمانية في مجلس الأمة اليوم وفدا من البنك الدولي.\n"
        "وقال رئيس الوفد إن اللجنة النائب الأول للرئيس سيزور الكويت.",
        "ar",
    )
    assert not any(
        "لجنة الشؤون المالية البرلمانية" in _bodies_of(ex, n)
        for n in {s for s, _ in rels(ex, "MEMBER_OF") if s}
    )
