"""Arabic: an indefinite "muhafiz" (governor) is in construct with the governorate it governs:
the unlisted word without the article right after it is the place, not the first word of the
holder's name, and the post with its governorate names one official even with no name
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_governorate_word_is_not_part_of_the_name():
    ex = run(
        "استقبل محافظ بيشة خالد محمد العمري بمكتبه اليوم سفير جمهورية كازاخستان لدى المملكة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "خالد محمد العمري" in officials
    assert not any(n.startswith("بيشة") for n in officials)


def test_ar_deputy_governor_with_governorate_then_name():
    ex = run("حضر اللقاء نائب محافظ بيشة فهد عبدالله القرني.", "ar")
    assert "فهد عبدالله القرني" in names(ex, "Official")


def test_ar_governor_of_governorate_alone_names_one_official():
    ex = run(
        "ومن المقرر أن يلتقي السفير الكوري غداً محافظ بيشة ويتفقد عدداً من المواقع الصناعية.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "محافظ بيشة" in officials
    assert "بيشة" not in officials


def test_ar_two_word_governorate():
    ex = run(
        "ومن المقرر أن يلتقي السفير غداً محافظ وادي الدواسر، خلال جولة يتفقد فيها المزارع.",
        "ar",
    )
    assert "محافظ وادي الدواسر" in names(ex, "Official")


def test_ar_definite_governor_keeps_the_name():
    ex = run("وأكد المحافظ زياد محمد الخطيب أهمية التعاون مع السفارة الإسبانية.", "ar")
    assert "زياد محمد الخطيب" in names(ex, "Official")
