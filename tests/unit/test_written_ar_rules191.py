"""Arabic dispatches: a foreign name no given-name list holds, after "with" and set off by commas
with a post, is the person met. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unlisted_name_after_with_before_a_comma_post():
    ex = run(
        "وأجرى وزير التجارة محادثات مع نورلان تاشكينوف، نائب وزير الاقتصاد في أوزبكستان، "
        "تناولت تطوير المبادلات.",
        "ar",
    )
    assert "نورلان تاشكينوف" in names(ex, "Official")


def test_ar_unlisted_name_after_with_before_a_bare_post_and_verb_stays_out():
    # the post is not closed by a comma: the words after "with" are not read as a person
    ex = run("واتفق الجانبان مع قطاع صناعة الأغذية، رئيس الغرفة قال إن التعاون مهم.", "ar")
    assert "قطاع صناعة الأغذية" not in names(ex, "Official")


def test_ar_unlisted_name_after_with_right_before_a_post():
    ex = run(
        "وعقد الوزير لقاءً مع غولنارا أسكاروفا رئيسة لجنة الشؤون الاقتصادية في البرلمان، "
        "وبحثا آفاق الشراكة.",
        "ar",
    )
    assert "غولنارا أسكاروفا" in names(ex, "Official")
