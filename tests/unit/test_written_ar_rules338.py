"""A spokesperson "on behalf of" a post held by one person («المتحدث باسم الأمين العام X»): the post
spoken for is part of the spokesperson's title, not a title of the name after it; its holder is
another person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

_TEXT = (
    "بيان\n"
    "بيان صادر عن المتحدث باسم الأمين العام لمجلس التعاون الخليجي يوسف الراشد:\n"
    "أدان الأمين العام الهجوم على قافلة الإغاثة. "
    "وقال الأمين العام إن المجلس مستعد لدعم المتضررين."
)


def test_ar_spokesperson_title_keeps_the_post_spoken_for():
    e = ent(run(_TEXT, "ar"), "يوسف الراشد")
    assert e.title is not None and e.title.startswith("المتحدث باسم الأمين العام")
    assert "الأمين العام" not in e.aliases


def test_ar_post_spoken_for_is_another_person_who_speaks():
    ex = run(_TEXT, "ar")
    assert "الأمين العام" in names(ex, "Official")
    assert not [q for s, q in said(ex) if s == "يوسف الراشد" and "مستعد" in q]


def test_ar_spokesperson_of_a_president_is_not_the_president():
    text = "تصريح\nوصرح المتحدث باسم رئيس البرلمان جواد الكبيسي بأن رئيس البرلمان سيغادر إلى جنيف."
    ex = run(text, "ar")
    assert "رئيس البرلمان" not in ent(ex, "جواد الكبيسي").aliases
