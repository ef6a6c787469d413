"""Arabic: a definite title word whose bare form is a given name («الأمين») after a name word,
with no name, title, body or country after it, is the family name («خالد الأمين»); with its
complement or before a name it stays a title. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_definite_given_name_title_word_ends_the_name():
    ex = run("التقى وزير النقل ماجد الأمين بنظيره التونسي في الرباط.", "ar")
    assert "ماجد الأمين" in names(ex, "Official")


def test_ar_definite_title_word_with_its_adjective_stays_a_title():
    ex = run("وقال ماجد حسان الأمين العام لاتحاد الموانئ إن العمل مستمر.", "ar")
    officials = names(ex, "Official")
    assert "ماجد حسان" in officials
    assert "ماجد حسان الأمين" not in officials


def test_ar_definite_title_word_before_a_name_stays_a_title():
    ex = run("استقبل الملك فيصل الأول الأمير سعود بن خالد في القصر.", "ar")
    officials = names(ex, "Official")
    assert "سعود بن خالد" in officials
    assert not any(n.endswith("الأمير") for n in officials)
