"""Arabic: a title word that is also a given name (أمين، أمير) is a first name when it stands
indefinite before a listed name word or right after a definite title; with its complement it is
still a title. English keeps such a word as a title before a name ("Amir Tamim"). Sentences
written for these tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_indefinite_title_word_before_a_given_name_is_the_first_name():
    ex = run("وقال أمين حسن مدير الجمارك الليبية إن الإيرادات زادت.", "ar")
    assert "أمين حسن" in names(ex, "Official")


def test_ar_given_name_title_word_before_a_name_particle():
    ex = run("التقى وزير الخارجية أمير عبد الرحيم بنظيره الكويتي في الرياض.", "ar")
    assert "أمير عبد الرحيم" in names(ex, "Official")


def test_ar_given_name_title_word_after_a_definite_title():
    ex = run("استقبل الرئيس أمين الحلبي وزير الخارجية الفرنسي في القصر.", "ar")
    officials = names(ex, "Official")
    assert "أمين الحلبي" in officials
    assert not any(n.startswith("الرئيس") for n in officials)


def test_ar_title_word_with_its_complement_stays_a_title():
    ex = run("وقال أمين عام وزارة الصحة سالم الكردي إن القطاع متين.", "ar")
    assert "سالم الكردي" in names(ex, "Official")
    assert ("سالم الكردي", "وزارة الصحة") in rels(ex, "MEMBER_OF")


def test_ar_emir_of_a_country_stays_a_title():
    ex = run("وأكد أمير الكويت الشيخ مشعل أن التعاون مستمر.", "ar")
    assert "مشعل" in names(ex, "Official")


def test_en_title_word_before_a_name_stays_a_title():
    ex = run("Amir Tamim received the Italian foreign minister in Doha.", "en")
    assert "Tamim" in names(ex, "Official")


def test_ar_counterpart_word_that_folds_onto_a_given_name_stays_a_title():
    ex = run("واستقبل الوزير نظيره ماجد الحربي في مكتبه.", "ar")
    officials = names(ex, "Official")
    assert "ماجد الحربي" in officials
    assert not any(n.startswith("نظيره") for n in officials)
