"""Arabic: an unlisted word spelled like an imperfect verb (y-…) is a name word after a listed
given name and one more name word when a comma closes it (a Turkish family name), and as a middle
name before a definite family name in the nisba ending that a comma closes; a verb after a
subject's name stays out (sentences written for these tests)."""

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
