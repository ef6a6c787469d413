"""Greetings, condolences and congratulations conveyed («نقل الضيف تحيات …»، «نقل الوزير تعازي
…») are the object of the verb after its subject's title, never a name word (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_conveyed_greetings_and_condolences_name_nobody():
    ex = run(
        "زيارة رسمية\n"
        "الرباط - استقبل وزير الخارجية المغربي السيد عمر بن سليمان العلوي اليوم وزير خارجية "
        "ليتوانيا السيد ماريوس كاليناوسكاس. ونقل الضيف تحيات رئيس بلاده، كما نقل الوزير تعازي "
        "المملكة في ضحايا الفيضانات.",
        "ar",
    )
    assert names(ex, "Official") == {"عمر بن سليمان العلوي", "ماريوس كاليناوسكاس"}
