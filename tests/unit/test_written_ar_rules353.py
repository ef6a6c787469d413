"""Officials who join one side of a meeting told before: the joining verb with the one joined
as its object, and the accompanying verb with its connective opening a clause after a comma (the
one accompanied styled by a bare title): each meets the other side's principal, not the one
they joined (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "مباحثات في داكار\n"
    "داكار - بحث رئيس الوزراء السنغالي أمادو با ديوب مع وزير الدفاع الكندي روبرت ألان ماكنزي "
    "صباح الخميس في داكار سبل تدريب القوات الخاصة.\n"
    "وانضم إلى رئيس الوزراء بعد نصف ساعة من بدء الجلسة قائد الجيش السنغالي الجنرال شيخ عمر "
    "نداو.\n"
    "وتناول الطرفان بعد ذلك ملف الحدود، فيما رافق الوزير ماكنزي سفيرة كندا لدى السنغال كاثرين "
    "لويز بوشار."
)


def test_ar_official_who_joins_the_host_meets_the_guest():
    pairs = met(run(_TEXT, "ar"))
    assert frozenset({"شيخ عمر نداو", "روبرت ألان ماكنزي"}) in pairs
    assert frozenset({"شيخ عمر نداو", "أمادو با ديوب"}) not in pairs


def test_ar_escort_of_a_titled_guest_after_a_comma_meets_the_host():
    pairs = met(run(_TEXT, "ar"))
    assert frozenset({"كاثرين لويز بوشار", "أمادو با ديوب"}) in pairs
    assert frozenset({"كاثرين لويز بوشار", "روبرت ألان ماكنزي"}) not in pairs
