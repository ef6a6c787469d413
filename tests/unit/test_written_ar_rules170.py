"""Arabic: a one-word post with its glued article in the headline ("الملك") and the same post in
construct in the body ("ملك البلاد": the construct drops the article of its head) name one unnamed
official, not two (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_ar_headline_king_and_king_of_the_country_are_one_official():
    ex = run(
        "استقبل جلالة ملك البلاد المعظم، صباح اليوم، رئيس وزراء البيرو في قصر الضيافة. "
        "وأكد جلالة الملك حرص المملكة على توسيع التعاون.",
        "ar",
        title="جلالة الملك يستقبل رئيس وزراء البيرو",
    )
    officials = names(ex, "Official")
    assert len([n for n in officials if "ملك" in n]) == 1
    king = next(n for n in officials if "ملك" in n)
    assert frozenset((king, "رئيس وزراء البيرو")) in met(ex)
    assert len(met(ex)) == 1


def test_ar_headline_emir_and_emir_of_the_country_are_one_official():
    ex = run(
        "التقى سمو أمير البلاد اليوم رئيسة جمهورية كوستاريكا على هامش المؤتمر.",
        "ar",
        title="سمو الأمير يلتقي رئيسة كوستاريكا",
    )
    assert len([n for n in names(ex, "Official") if "أمير" in n]) == 1
