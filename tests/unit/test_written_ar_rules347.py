"""A body named by an indefinite head, a country's name and a region's word before its field with
the contracted article («وكالة <country> <region> للأنباء»): the region's word is part of the
name, which goes on to the field (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "افتتاح طريق صحراوي\n\n"
    "نقلت وكالة تشاد الساحل للأنباء عن وزير النقل التشادي إدريس عبدالكريم ماهامات قوله أمس إن "
    "الطريق الجديد بين أبشة والحدود سيختصر الرحلة إلى النصف.\n"
)


def test_ar_region_word_between_country_name_and_field_stays_in_the_name():
    ex = run(TEXT, "ar")
    assert "وكالة تشاد الساحل للأنباء" in names(ex, "Agency")
    assert ("وكالة تشاد الساحل للأنباء", "تشاد") in rels(ex, "MEMBER_OF")
