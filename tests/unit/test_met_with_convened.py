"""Co-chairs who convened a dialogue met each other, and "the two sides" after it speak jointly;
"conferred with", "held discussions with" are meetings (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said


def test_en_two_ministers_convened_a_dialogue():
    ex = run(
        "Foreign Minister Karim Haddad and Danish Foreign Minister Anna Berg convened the "
        "Jordan-Denmark Strategic Dialogue in Amman on Sunday. The two sides reaffirmed their "
        "commitment to free trade.",
        "en",
    )
    assert met(ex) == {frozenset({"Karim Haddad", "Anna Berg"})}
    assert {sp for sp, _q in said(ex)} == {"Karim Haddad", "Anna Berg"}


def test_en_one_official_convened_a_cabinet_meeting_meets_no_one():
    ex = run("Prime Minister Karim Haddad convened an emergency cabinet meeting on Sunday.", "en")
    assert met(ex) == set()


def test_ar_two_ministers_cochaired():
    ex = run(
        "ترأس وزير الخارجية الأردني كريم حداد ووزير الخارجية العراقي فؤاد حسين اجتماع اللجنة "
        "المشتركة في عمان.",
        "ar",
    )
    assert frozenset({"كريم حداد", "فؤاد حسين"}) in met(ex)


def test_en_conferred_held_discussions_and_consultations_with():
    for verb in ("conferred with", "held discussions with", "held consultations with"):
        ex = run(f"Foreign Minister Karim Haddad {verb} Danish Foreign Minister Anna Berg.", "en")
        assert met(ex) == {frozenset({"Karim Haddad", "Anna Berg"})}, verb


def test_en_discussions_by_phone_or_planned_are_no_meeting():
    for text in (
        "Foreign Minister Karim Haddad held discussions by phone with Danish Foreign Minister "
        "Anna Berg.",
        "Foreign Minister Karim Haddad will hold consultations with Danish Foreign Minister "
        "Anna Berg.",
    ):
        assert met(run(text, "en")) == set(), text
