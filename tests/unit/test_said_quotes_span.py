"""Direct quotations as news writes them: a quotation of several sentences before its speaker,
and '"…," he said' after a named speaker (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_quotation_of_two_sentences_before_the_speaker():
    ex = run(
        '"The border will reopen. Trucks will cross next week," Foreign Minister Karim Haddad '
        "said.",
        "en",
    )
    assert said(ex) == [("Karim Haddad", "The border will reopen. Trucks will cross next week")]


def test_en_quotation_then_he_said_carries_the_speaker():
    ex = run(
        "Foreign Minister Karim Haddad said Jordan rejected the ruling. "
        '"It breaks every rule of trade," he said.',
        "en",
    )
    assert said(ex) == [
        ("Karim Haddad", "Jordan rejected the ruling"),
        ("Karim Haddad", "It breaks every rule of trade"),
    ]


def test_en_a_closed_quotation_earlier_is_not_reopened():
    ex = run(
        'Foreign Minister Karim Haddad called the ruling "unfair". The ruling was issued on '
        'Monday. "It breaks every rule of trade," he said.',
        "en",
    )
    assert ("Karim Haddad", "It breaks every rule of trade") in said(ex)


def test_ar_quotation_of_two_sentences_before_the_speaker():
    ex = run(
        "«الحدود ستفتح. وستعبر الشاحنات الأسبوع المقبل»، قال وزير الخارجية الأردني كريم حداد.", "ar"
    )
    assert said(ex) == [("كريم حداد", "الحدود ستفتح. وستعبر الشاحنات الأسبوع المقبل")]
