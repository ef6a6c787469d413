"""A meeting verb right after a clause link («حيث», «قبل أن») in a sentence that opens with a
future word («ومن المزمع أن»، «ومن المتوقع أن»): the meeting is planned, not held (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "وزير الخارجية الموريتاني يستقبل سفير البرازيل\n\nنواكشوط - استقبل وزير الخارجية "
    "الموريتاني السيد محمد ولد الداه، اليوم الثلاثاء، سفير البرازيل لدى موريتانيا السيد "
    "كارلوس ألبرتو سوزا.\nومن المزمع أن تتضمن زيارة السفير جولة في ميناء نواذيبو لمعاينة "
    "مصانع تعليب السمك، حيث يلتقي وزير الصيد الموريتاني السيد أحمد ولد سالم.\nومن المتوقع أن "
    "يختم السفير برنامجه بافتتاح معرض للصور في دار الشباب، قبل أن يلتقي وزيرة الثقافة "
    "الموريتانية السيدة فاطمة منت بكار.\n"
)


def test_ar_meeting_in_a_planned_clause_is_no_meeting():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"كارلوس ألبرتو سوزا", "محمد ولد الداه"}) in pairs
    assert frozenset({"كارلوس ألبرتو سوزا", "أحمد ولد سالم"}) not in pairs
    assert frozenset({"كارلوس ألبرتو سوزا", "فاطمة منت بكار"}) not in pairs
