"""Bodies named by anaphors and spans, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_unit_at_the_ministry_is_the_named_host_ministry_not_one_a_title_implied():
    # "the ministry" after a unit takes up the ministry the text named (the host's), not the one
    # a guest's title only implied two sentences later
    ex = run(
        "مشاورات\n"
        "الدوحة في 3 مايو /قنا/ عقدت وزارة الخارجية اليوم جولة مشاورات مع وفد من تشيلي.\n"
        "واستقبل وزير الدولة نائب وزير الخارجية التشيلي والوفد المرافق له.\n"
        "حضر اللقاء السفير خالد بن ناصر الكعبي مدير إدارة الأمريكتين بالوزارة.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("إدارة الأمريكتين", "وزارة الخارجية") in members
    assert not any(s == "إدارة الأمريكتين" and t and "التشيلية" in t for s, t in members)


def test_ar_side_ministry_named_by_its_nationals_abroad_is_of_that_country():
    # the side gives the ministry its country; its name ("and affairs of the Egyptians abroad")
    # says it too, so the ministry is a member of that country
    ex = run(
        "مباحثات\n"
        "وعقد الجانبان جلسة عمل في العاصمة، حضرها عن الجانب المصري وزير الخارجية والهجرة "
        "وشؤون المصريين بالخارج السيد حازم فؤاد الشربيني.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert any(t == "مصر" and s and s.startswith("وزارة الخارجية") for s, t in members), members
