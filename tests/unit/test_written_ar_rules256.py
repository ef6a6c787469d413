"""Arabic: a foreign family name written with the pronoun's letter at its end (-h: Minh, Lange)
closes a name an honorific or a lone style (al-sayyid, al-na'iba) opens, before a comma or the
full stop; a noun with "his" after a name with the article, or after a verb of saying and its
styled subject, stays out of the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_three_word_name_after_honorific_closing_in_h():
    ex = run("وحضر اللقاء سفير جمهورية كوريا لدى الدولة السيد كيم هيون جانه.", "ar")
    assert "كيم هيون جانه" in names(ex, "Official")


def test_ar_two_word_name_after_style_closing_in_h():
    ex = run(
        "واستقبل رئيس المجلس وفداً برلمانياً برئاسة النائبة أورسولا فيلبه، وبحث معها العلاقات.",
        "ar",
    )
    assert "أورسولا فيلبه" in names(ex, "Official")


def test_ar_noun_with_his_after_definite_family_name_stays_out():
    ex = run("وجدد النائب سالم العتيبي موقفه، مشيرا إلى أهمية الحوار.", "ar")
    assert "سالم العتيبي" in names(ex, "Official")
    assert not any("موقفه" in n for n in names(ex, "Official"))


def test_ar_noun_with_his_after_saying_verb_stays_out():
    ex = run("وأبدى النائب سالم ترحيبه.", "ar")
    assert not any("ترحيبه" in n for n in names(ex, "Official"))
