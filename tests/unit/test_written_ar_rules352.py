"""Arabic: a one-letter preposition glued to a word opening with the hamza of a form-IV verbal
noun ("with-the-contribution of") is the verb's complement: no part of the title before it and
no name word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_with_hamza_verbal_noun_after_a_bare_title_is_no_part_of_it():
    ex = run("وأشاد المدير العام بإطلاق منصة رقمية جديدة لخدمة المزارعين.", "ar")
    officials = names(ex, "Official")
    assert not any("بإطلاق" in n for n in officials)


def test_ar_genitive_before_a_department_stays_in_the_title():
    ex = run("وحضر المدير العام لإدارة الجمارك، خالد الشمري، حفل التوقيع.", "ar")
    assert "خالد الشمري" in names(ex, "Official")


def test_ar_listed_given_name_with_that_hamza_after_a_preposition_stays_a_name_word():
    # "with Ismail X": a listed given name opens with the same hamza after the glued preposition
    ex = run("والتقى وزير الزراعة بإسماعيل هنيدي في مكتبه.", "ar")
    assert any("إسماعيل هنيدي" in n for n in names(ex, "Official"))
