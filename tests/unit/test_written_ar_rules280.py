"""A sub-body named before a preposition of place and a bare definite word no table tags
(«رئيس قطاع الشؤون المالية بالجامعة», «إدارة ... في الجامعة») is part of the body named
before whose name opens with that word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "وزير يستقبل وفدا\n"
    "استقبل وزير الخارجية اليوم وفدا من جامعة الدول العربية برئاسة الأمين العام المساعد "
    "رئيس قطاع الشؤون المالية بالجامعة السفير وليد سامي الهاشمي.\n"
    "ويضم الوفد مدير إدارة البحوث والدراسات في الجامعة السيد أنور حسين الشريف."
)


def _parents(ex, name: str) -> set[str | None]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name}


def test_ar_sector_at_the_bare_word_is_part_of_the_body_it_opens():
    assert "جامعة الدول العربية" in _parents(run(_TEXT, "ar"), "قطاع الشؤون المالية")


def test_ar_department_in_the_bare_word_is_part_of_the_body_it_opens():
    assert "جامعة الدول العربية" in _parents(run(_TEXT, "ar"), "إدارة البحوث والدراسات")


def test_ar_bare_word_opening_no_body_before_gives_no_parent():
    ex = run("لقاء\nوحضر مدير إدارة البحوث والدراسات في الجامعة السيد أنور حسين الشريف.", "ar")
    assert not _parents(ex, "إدارة البحوث والدراسات")
