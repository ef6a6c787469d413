"""Round-21 name rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_two_given_names_and_two_family_names_ending_the_sentence_are_one_name():
    ex = run(
        "مباحثات\n"
        "مدريد (وكالة) - ويضم الوفد الإسباني مديرة إدارة أفريقيا في الوزارة "
        "ماريا إيزابيل غوميث أورتيث.",
        "ar",
    )
    assert "ماريا إيزابيل غوميث أورتيث" in names(ex, "Official")


def test_ar_a_clitic_shaped_family_name_before_a_second_one_closed_by_a_comma():
    ex = run(
        "مباحثات\n"
        "الرباط (وكالة) - أجرى الوزير مباحثات مع وزيرة الخارجية البيروفية، السيدة "
        "كارولينا إيزابيل فالنثويلا بارديو، التي تزور المملكة.",
        "ar",
    )
    assert "كارولينا إيزابيل فالنثويلا بارديو" in names(ex, "Official")
