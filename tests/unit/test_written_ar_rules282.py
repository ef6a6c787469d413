"""A stacked title, no comma between its roles («رئيس اللجنة عضو المجلس الدكتور X»): a later
role's bare definite head is held too, in the nearest body named before with that head
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "لجنة برلمانية تلتقي وفدا\n"
    "التقت لجنة الصداقة البرلمانية العمانية الكينية بمجلس الدولة برئاسة رئيس اللجنة عضو "
    "المجلس الدكتور سالم بن راشد الحوسني، اليوم، وفدا من البرلمان الكيني."
)


def _of(ex, name: str) -> set[str | None]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name}


def test_ar_later_role_of_a_stacked_title_binds_its_bare_head():
    assert "مجلس الدولة" in _of(run(_TEXT, "ar"), "سالم بن راشد الحوسني")


def test_ar_role_after_a_comma_is_no_stacked_title():
    ex = run(
        "وفد أمني\n"
        "ويضم الوفد رئيس قسم الحدود بالمديرية العامة للأمن الوطني، محافظ الشرطة كريم سعيد العابد.",
        "ar",
    )
    assert not {t for t in _of(ex, "كريم سعيد العابد") if t and "الشرطة" in t}
