"""Arabic escorts told after the meetings: the accompanying verb opening a sentence, its object
the one escorted by name or title right after it, the escort last (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TOUR = (
    "جولة لنائب وزير الزراعة الياباني في عمّان\n\n"
    "بحث نائب وزير الزراعة الياباني، السيد هيروشي تاناكا، أمس في عمّان مع وزير المياه والري، "
    "المهندس عمر الخصاونة، خطط نقل المياه إلى الشمال. واجتمع تاناكا بعد الظهر بوزير الطاقة، "
    "الدكتور باسل العمري، لبحث محطات الطاقة الشمسية.\n\n"
)
ESCORT = "ورافق تاناكا طوال جولته الملحق الزراعي الياباني في عمّان، السيد كينجي ساتو.\n"
CALL = "وتحدث تاناكا هاتفيا مساء الأحد مع رئيس بعثة منظمة الأغذية والزراعة، السيد ماركو روسي.\n\n"


def test_ar_escort_after_the_meetings_meets_each_host():
    pairs = met(run(TOUR + ESCORT, "ar"))
    assert frozenset({"كينجي ساتو", "عمر الخصاونة"}) in pairs
    assert frozenset({"كينجي ساتو", "باسل العمري"}) in pairs
    assert frozenset({"كينجي ساتو", "هيروشي تاناكا"}) not in pairs


def test_ar_escort_after_a_call_still_meets_the_hosts_not_the_caller():
    pairs = met(run(TOUR + CALL + ESCORT, "ar"))
    assert frozenset({"كينجي ساتو", "عمر الخصاونة"}) in pairs
    assert not any("ماركو روسي" in p for p in pairs)
