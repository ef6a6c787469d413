"""Arabic: name words the lexicon would read as something else. An unlisted word spelled like an
imperfect verb (y-…) is a name word after a listed given name and one more name word when a comma
closes it (a Turkish family name), and as a middle name before a definite family name in the
nisba ending that a comma closes; a verb after a subject's name stays out. A listed given name
written with the article before a listed name, "bin" and a listed name opens the name chain, not
the title's last word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_verb_shaped_family_name_after_two_name_words():
    ex = run(
        "وضم الوفد سفير تركيا لدى تونس مراد أوزجان يلدريم، والملحق التجاري في السفارة.",
        "ar",
    )
    assert "مراد أوزجان يلدريم" in names(ex, "Official")


def test_ar_verb_shaped_middle_name_before_nisba_family_name():
    ex = run(
        "وحضر الاجتماع رئيس هيئة الموانئ، سامي يسري البحيري، ووفد من الشركة.",
        "ar",
    )
    assert "سامي يسري البحيري" in names(ex, "Official")


def test_ar_verb_after_subject_name_stays_out():
    ex = run("وقال الوزير محمد أحمد يرحب، مضيفا أن اللقاء مهم.", "ar")
    assert not any("يرحب" in n for n in names(ex, "Official"))


def test_ar_definite_given_name_opens_bin_chain():
    ex = run("وحضر اللقاء رئيس الهيئة العامة للموانئ المختار يوسف بن صالح، ووفد مرافق.", "ar")
    assert "المختار يوسف بن صالح" in names(ex, "Official")
    assert "يوسف بن صالح" not in names(ex, "Official")


def test_ar_title_adjective_before_bin_chain_stays_out():
    ex = run("وحضر رئيس المجلس الأعلى سالم بن علي الكعبي.", "ar")
    assert "سالم بن علي الكعبي" in names(ex, "Official")
