"""Saying and stance verbs of the conventions (FORMAT.md: "حث", "expressed", …) in the forms
news copy uses: the past of حث after كما or a glued و (the bare form would read بحث,
"discussed", as ب + حث), عبّر عن (the synonym of أعرب عن), and "made (it) clear".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import run, said


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        ("كما حث وزير الخارجية المصري كريم عادل جميع الأطراف على ضبط النفس.", "كريم عادل", "جميع"),
        ("وحثت وزيرة الخارجية النمساوية آنا ماير على العودة إلى الحوار.", "آنا ماير", "العودة"),
        ("وعبر وزير الخارجية المصري كريم عادل عن تقديره لجهود الوساطة.", "كريم عادل", "تقديره"),
        ("عبرت وزيرة الخارجية النمساوية آنا ماير عن قلقها إزاء التصعيد.", "آنا ماير", "قلقها"),
    ],
)
def test_ar_listed_verbs(text, speaker, start):
    s = said(run(text, "ar"))
    assert len(s) == 1 and s[0][0] == speaker and s[0][1].startswith(start)


@pytest.mark.parametrize("verb", ["made clear", "made it clear"])
def test_en_made_clear(verb):
    s = said(
        run(
            f"Foreign Minister Hans Berger of Austria {verb} that Austria would not recognise the "
            "vote.",
            "en",
        )
    )
    assert s == [("Hans Berger", "Austria would not recognise the vote")]


def test_ar_discussed_is_not_urged():
    ex = run("وبحث وزير الخارجية المصري كريم عادل مع نظيره الأردني عمر حداد تطورات الأوضاع.", "ar")
    assert said(ex) == []


def test_ar_via_a_phone_is_still_a_call_not_a_statement():
    ex = run(
        "وبحث وزير الخارجية المصري كريم عادل عبر الهاتف مع نظيره الأردني عمر حداد الأوضاع.", "ar"
    )
    assert said(ex) == []
