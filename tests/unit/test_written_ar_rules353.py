"""Officials who join one side of a meeting told before: «وانضم إلى <the official> …» and a
clause opened after a comma by «فيما رافق <honorific> <name> …»: each meets the other side's
principal, not the one they joined (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "محادثات في لشبونة\n"
    "لشبونة - أجرى وزير الخارجية البرتغالي جواو مانويل سيلفا في لشبونة اليوم محادثات مع رئيس "
    "الوزراء الغاني كويسي أمبوفو تناولت التبادل التجاري.\n"
    "وانضمت إلى الوزير في المحادثات سفيرة البرتغال لدى غانا إيزابيل كوستا رودريغيز، فيما رافق "
    "السيد أمبوفو وزير التجارة الغاني كوفي منساه أدو."
)


def test_ar_official_who_joins_the_host_meets_the_guest():
    pairs = met(run(_TEXT, "ar"))
    assert frozenset({"إيزابيل كوستا رودريغيز", "كويسي أمبوفو"}) in pairs
    assert frozenset({"إيزابيل كوستا رودريغيز", "جواو مانويل سيلفا"}) not in pairs


def test_ar_escort_of_a_styled_guest_after_a_comma_meets_the_host():
    pairs = met(run(_TEXT, "ar"))
    assert frozenset({"كوفي منساه أدو", "جواو مانويل سيلفا"}) in pairs
    assert frozenset({"كوفي منساه أدو", "كويسي أمبوفو"}) not in pairs
