"""Arabic say and stance verbs of agency copy: كشف، رأى، حذر، طالب، أطلع (briefed), and
«نقل البيان عن X قوله» (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import run, said

MINISTER = "وزير الخارجية العراقي سالم الجبوري"


@pytest.mark.parametrize(
    "verb, rest",
    [
        ("وكشف", "أن بغداد ستفتح قنصلية جديدة في البصرة"),
        ("ورأى", "أن الحوار هو السبيل الوحيد لحل الخلاف"),
        ("وحذر", "من عواقب إغلاق المعابر الحدودية"),
    ],
)
def test_verb_of_saying_or_stance(verb, rest):
    ex = run(f"{verb} {MINISTER} {rest}.", "ar")
    assert len(said(ex)) == 1 and said(ex)[0][0] == "سالم الجبوري"


def test_the_statement_quoted_him_saying():
    ex = run(f"ونقل البيان عن {MINISTER} قوله إن بغداد ستفتح قنصلية جديدة في البصرة.", "ar")
    assert said(ex) == [("سالم الجبوري", "إن بغداد ستفتح قنصلية جديدة في البصرة")]


def test_a_feminine_form_of_reveal_for_a_ministry():
    ex = run("وكشفت وزارة الخارجية العراقية أن بغداد ستفتح قنصلية جديدة في البصرة.", "ar")
    assert [q for _sp, q in said(ex)] == ["أن بغداد ستفتح قنصلية جديدة في البصرة"]


def test_briefed_his_guest_on_is_a_statement():
    ex = run(f"وأطلع {MINISTER} ضيفه على جهود العراق لإيصال المساعدات إلى غزة.", "ar")
    assert len(said(ex)) == 1 and said(ex)[0][0] == "سالم الجبوري"
    assert "جهود العراق لإيصال المساعدات" in said(ex)[0][1]
