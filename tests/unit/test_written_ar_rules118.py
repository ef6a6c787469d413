"""Round-23 agency rule (Arabic): an international body's listed name is whole; a contracted
"for" phrase right after it ("دعم صندوق النقد الدولي [للإصلاحات]") is the object of the noun
before the body, not part of its name. Sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_an_international_bodys_name_takes_no_for_phrase_after_it():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - ثمن وزير المالية سامر العمري دعم صندوق النقد الدولي "
        "للإصلاحات المالية في المملكة.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "صندوق النقد الدولي" in agencies
    assert not any("للإصلاحات" in a for a in agencies)


def test_ar_the_world_bank_group_takes_no_for_phrase_after_it():
    ex = run(
        "مباحثات\nالرباط، 3 مايو (وكالة) - بحث الوزير خطة مجموعة البنك الدولي للسنوات المقبلة.\n",
        "ar",
    )
    assert not any("للسنوات" in a for a in names(ex, "Agency"))
