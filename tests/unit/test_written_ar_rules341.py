"""A body named without its country by a name of several words (a head and a joined portfolio
"X and Y") that one body of a country was named with in full, a place after it: that body, not the
ministry of the same field of the dispatch's dateline (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "استقبال وفد جيبوتي\n"
    "لشبونة، 12 أيار/مايو 2025\n\n"
    "التقت وزيرة الخارجية البرتغالية إينيش كوستا وفدا رسميا من وزارة الخارجية والشؤون "
    "الأفريقية في جمهورية جيبوتي، في مستهل زيارة تستمر ثلاثة أيام.\n\n"
    "وأشاد الأمين العام لوزارة الخارجية والشؤون الأفريقية عبدي حسن فارح بالدعم البرتغالي "
    "لبرامج التدريب الدبلوماسي."
)


def test_ar_body_named_in_full_beats_the_dateline():
    got = {t for s, t in rels(run(_TEXT, "ar"), "MEMBER_OF") if s == "عبدي حسن فارح"}
    assert "وزارة الخارجية والشؤون الأفريقية في جمهورية جيبوتي" in got
    assert "وزارة الخارجية البرتغالية" not in got
