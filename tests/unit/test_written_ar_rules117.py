"""Round-23 agency rule (Arabic): a country's parliament named by the common noun
("البرلمان الكيني") is the one chamber of that country the text names by its own name
("الجمعية الوطنية الكينية"): one node, under the chamber's name. Two chambers of the country
named: no fold. Sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_a_countrys_parliament_is_its_one_named_chamber():
    ex = run(
        "مباحثات\n"
        "نيروبي، 3 مايو (وكالة) - استقبل رئيس مجلس الشيوخ الكيني جون موانجي اليوم وفدا "
        "برلمانيا مصريا. وأكد الوفد حرص البرلمان الكيني على تعزيز التعاون.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "مجلس الشيوخ الكيني" in agencies
    assert "البرلمان الكيني" not in agencies
    assert "البرلمان الكيني" in ent(ex, "مجلس الشيوخ الكيني").aliases


def test_ar_two_chambers_of_the_country_keep_the_parliament_apart():
    ex = run(
        "مباحثات\n"
        "روما، 3 مايو (وكالة) - التقى رئيس مجلس النواب الإيطالي ماركو بيانكي ورئيس مجلس "
        "الشيوخ الإيطالي لوكا فيراري وفدا من البرلمان الإيطالي.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "مجلس النواب الإيطالي" in agencies
    assert "مجلس الشيوخ الإيطالي" in agencies
