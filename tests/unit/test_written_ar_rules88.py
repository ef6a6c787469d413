"""Round-22 membership rules (Arabic) that drop a title's body read wrong: a body named in the
title of the second of two attendees ("X، ومدير إدارة آسيا في الوزارة Y") is the second's only,
not the first's as well; a title's bare head that the sentence resolves to the body a delegation
is from ("وفد من وزارة التجارة المصرية برئاسة وكيل الوزارة X") is that body, not the host's
ministry of the same kind named elsewhere; on sentences written for the tests."""

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


def test_ar_the_delegations_ministry_not_the_hosts_for_the_bare_head_of_its_leader():
    ex = run(
        "وزير الاقتصاد يبحث مع وفد مصري تعزيز التبادل التجاري\n\n"
        "عمّان-بترا\n\n"
        "بحث وزير الاقتصاد والتجارة الخارجية الدكتور فادي سليم العموش مع وفد من وزارة التجارة "
        "المصرية برئاسة وكيل الوزارة الدكتور هشام فؤاد الدمرداش، سبل زيادة حجم التبادل "
        "التجاري بين البلدين.\n\n"
        "وأوضح الوزير العموش خلال اللقاء في مقر الوزارة بعمّان اليوم أن الأردن مستعد لتقديم "
        "التسهيلات الجمركية.\n\n"
        "وكان الوزير العموش تلقى الأسبوع الماضي اتصالاً هاتفياً من وزير التجارة المصري رامي "
        "عادل الشناوي.\n",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("هشام فؤاد الدمرداش", "وزارة التجارة") in members
    assert ("هشام فؤاد الدمرداش", "وزارة الاقتصاد والتجارة الخارجية") not in members
