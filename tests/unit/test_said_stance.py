"""Stance said without a listed say verb ("is deeply concerned", «يشعر بقلق») and statements of
countries named through their ambassadors (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import said, run


def speakers(text: str, lang: str) -> set[str]:
    return {sp for sp, _q in said(run(text, lang))}


@pytest.mark.parametrize("verb", ["is deeply concerned", "is concerned", "remains concerned"])
def test_en_official_is_concerned(verb):
    ex = run(f"Foreign Minister Karim Haddad {verb} about the fighting near the border.", "en")
    assert said(ex) == [("Karim Haddad", "about the fighting near the border")]


def test_en_concerned_as_an_adjective_is_no_statement():
    ex = run("Foreign Minister Karim Haddad met the concerned parties in Oslo.", "en")
    assert said(ex) == []


def test_en_ambassadors_of_countries_speak_as_their_countries():
    text = (
        "The ambassadors of Norway, Denmark and Finland are deeply concerned by the recent "
        "shelling of the port."
    )
    assert speakers(text, "en") == {"Norway", "Denmark", "Finland"}


def test_en_ambassadors_then_a_venue_country_is_not_a_speaker():
    text = (
        "The ambassadors of Norway and Denmark in Sudan are deeply concerned by the attacks on "
        "aid convoys."
    )
    assert speakers(text, "en") == {"Norway", "Denmark"}


def test_ar_official_feels_concern():
    ex = run("وزير الخارجية الأردني كريم حداد يشعر بقلق بالغ إزاء القصف على الحدود.", "ar")
    assert [sp for sp, _q in said(ex)] == ["كريم حداد"]


def test_ar_ambassadors_of_countries_speak_as_their_countries():
    text = (
        "سفراء النرويج والدنمارك وفنلندا في السودان يشعرون بقلق عميق إزاء الهجمات على قوافل "
        "الإغاثة."
    )
    assert speakers(text, "ar") == {"النرويج", "الدنمارك", "فنلندا"}
