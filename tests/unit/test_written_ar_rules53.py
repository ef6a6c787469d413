"""Bodies, round 20 (second helper): sentences written for these tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_a_news_agency_after_a_ministers_title_is_whom_he_spoke_to():
    # "stated the minister of state for foreign affairs to-the Qatar News Agency": a minister
    # heads no news agency; his body is the ministry his title implies
    ex = run(
        "تصريح\n"
        "الدوحة في 3 مايو /قنا/ صرح سعادة الدكتور سالم بن أحمد العطية وزير الدولة للشؤون "
        "الخارجية لوكالة الأنباء القطرية بأن المباحثات مع الجانب الصومالي كانت مثمرة.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert not any(t == "وكالة الأنباء القطرية" and s != t for s, t in members if "العطية" in s)
    assert any("العطية" in s and t and "الخارجية" in t for s, t in members)
