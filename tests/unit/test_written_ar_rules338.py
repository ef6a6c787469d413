"""A spokesperson "on behalf of" a post held by one person («المتحدث باسم الأمين العام X»): the post
spoken for is part of the spokesperson's title, not a title of the name after it; its holder is
another person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

_TEXT = (
    "موجز اتصال\n"
    "يعزى ما يلي إلى المتحدثة باسم الأمين العام لمنظمة التعاون الإسلامي لينا مراد:\n"
    "استقبل الأمين العام اليوم وزير المالية الماليزي كمال حسن. "
    "وأعرب الأمين العام عن قلقه من تدهور الأوضاع في المنطقة."
)


def test_ar_spokesperson_title_keeps_the_post_spoken_for():
    e = ent(run(_TEXT, "ar"), "لينا مراد")
    assert e.title is not None and e.title.startswith("المتحدثة باسم الأمين العام")
    assert "الأمين العام" not in e.aliases


def test_ar_post_spoken_for_is_another_person_who_speaks():
    ex = run(_TEXT, "ar")
    assert "الأمين العام" in names(ex, "Official")
    assert not [q for s, q in said(ex) if s == "لينا مراد" and "قلقه" in q]


def test_ar_spokesperson_of_a_president_is_not_the_president():
    ex = run("تصريح\nقال المتحدث باسم الرئيس رامي عوض إن الرئيس سيزور العاصمة غدا.", "ar")
    assert "الرئيس" not in ent(ex, "رامي عوض").aliases
