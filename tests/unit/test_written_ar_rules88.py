"""Round-22 membership rule (Arabic): a body named in the title of the second of two
attendees ("X، ومدير إدارة آسيا في الوزارة Y") is the second's only, not the first's as well;
on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_the_department_in_the_second_attendees_title_is_not_the_firsts():
    ex = run(
        "مباحثات\n"
        "دمشق، 3 مايو (وكالة) - بحث وزير الخارجية والمغتربين الدكتور نزار سليم الحمصي اليوم "
        "مع سفير البرازيل العلاقات الثنائية.\n"
        "حضر اللقاء معاون وزير الخارجية والمغتربين الدكتور غياث منير الشامي، ومدير إدارة "
        "آسيا في الوزارة السفيرة رنا فادي القدسي.\n",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("رنا فادي القدسي", "إدارة آسيا") in members
    assert ("غياث منير الشامي", "إدارة آسيا") not in members
