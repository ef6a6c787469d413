"""«المفدى» written after a ruler's title is a word of praise: it is no name of the ruler, and the
title with it is a form of the title-only official; a title word that is a given name inside a
name stays a name word; a future-shaped given name after an honorific opens the name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run

TEXT_UNNAMED = (
    "برقية تهنئة إلى سلوفينيا\n\n"
    "بعث أمير البلاد المفدى مساء أمس برقية إلى رئيسة جمهورية سلوفينيا، هنأها فيها بالعيد الوطني "
    "لبلادها، متمنيا لشعبها الصديق دوام الرخاء.\n"
)

TEXT_KING = (
    "الملك يلتقي سفيرة البيرو\n\n"
    "وكان جلالة الملك المفدى قد استقبل أمس سعادة السيدة لوسيا فرنانديث سفيرة جمهورية البيرو، "
    "واستعرض اللقاء علاقات الصداقة بين البلدين.\n"
)


def test_ar_epithet_form_of_the_title_only_ruler():
    ex = run(TEXT_UNNAMED, "ar")
    emir = ent(ex, "أمير البلاد")
    assert "أمير البلاد المفدى" in {emir.name, *emir.aliases}


def test_ar_epithet_is_no_name():
    ex = run(TEXT_KING, "ar")
    assert "المفدى" not in names(ex, "Official")
    king = ent(ex, "الملك")
    assert "الملك المفدى" in king.aliases
    assert frozenset({king.name, "لوسيا فرنانديث"}) in met(ex)


TEXT_AMIN = (
    "الدورة المقبلة لقانون المالية\n\n"
    "أوضح نائب رئيس مجلس المستشارين، السيد محمد أمين الفاسي، في تصريح للصحافة أن الدورة المقبلة "
    "ستخصص لمناقشة قانون المالية.\n"
)


def test_ar_title_word_given_name_before_a_nisba_family_name():
    """A listed given name that is also a title word ("أمين"), after a given name and before a
    family name in the nisba ending that closes the name, is a name word, not a second post."""
    officials = names(run(TEXT_AMIN, "ar"), "Official")
    assert "محمد أمين الفاسي" in officials
    assert "محمد" not in officials


TEXT_SIN = (
    "لجنة المختبرات تعقد اجتماعها الأول\n\n"
    "ترأست اللجنة سعادة الدكتورة سندس كريدي الحمداني مديرة إدارة المختبرات بوزارة الصحة، "
    "بمشاركة خبراء من المنظمة.\n"
)


def test_ar_future_shaped_given_name_after_an_honorific():
    """A given name spelled like a future verb (sin + an imperfect prefix), outside the name list,
    right after an honorific and before another name word, opens the name: no verb follows a
    style."""
    officials = names(run(TEXT_SIN, "ar"), "Official")
    assert "سندس كريدي الحمداني" in officials
    assert "كريدي الحمداني" not in officials
