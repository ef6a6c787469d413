"""«المفدى» written after a ruler's title is a word of praise: it is no name of the ruler, and the
title with it is a form of the title-only official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run

TEXT_UNNAMED = (
    "الأمير يستقبل وزير الزراعة الكيني\n\n"
    "استقبل حضرة صاحب السمو أمير البلاد المفدى في قصره صباح اليوم معالي السيد جوزيف موانغي "
    "كاماو وزير الزراعة الكيني، وجرى خلال المقابلة بحث سبل تطوير التعاون الزراعي.\n"
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
