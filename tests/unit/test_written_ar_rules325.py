"""Arabic escorts told after the meetings: the accompanying verb opening a sentence, its object
the one escorted by name or title right after it, the escort last (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

VISIT = (
    "وزيرة التجارة الهولندية تزور تونس\n\n"
    "أجرت وزيرة التجارة الخارجية الهولندية، السيدة أنكي دي فريس، اليوم بتونس، محادثات مع وزير "
    "الفلاحة، السيد منير الطرابلسي، ثم التقت الوزيرة دي فريس وزيرة التجارة، السيدة ليلى بن "
    "عمار.\n\n"
)
ESCORT = "ورافقت الوزيرة، في كل محطة، مديرة التجارة الخارجية بوزارتها السيدة إنغريد باكر.\n"
CALL = (
    "وكانت الوزيرة قد أجرت مساء أمس اتصالا هاتفيا بالمفوض الأوروبي للتجارة، السيد بيير لامبير.\n\n"
)


def test_ar_escort_after_the_meetings_meets_each_host():
    pairs = met(run(VISIT + ESCORT, "ar"))
    assert frozenset({"إنغريد باكر", "منير الطرابلسي"}) in pairs
    assert frozenset({"إنغريد باكر", "ليلى بن عمار"}) in pairs
    assert frozenset({"إنغريد باكر", "أنكي دي فريس"}) not in pairs


def test_ar_escort_after_a_call_still_meets_the_hosts_not_the_caller():
    pairs = met(run(VISIT + CALL + ESCORT, "ar"))
    assert frozenset({"إنغريد باكر", "منير الطرابلسي"}) in pairs
    assert not any("بيير لامبير" in p for p in pairs)
