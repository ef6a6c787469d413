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


def test_ar_headline_delegation_from_a_country_is_the_visiting_delegation():
    # "a parliamentary delegation from Japan" in the headline: named with its origin, of Japan,
    # one body with the body's "a delegation from the Japanese House of Representatives"
    ex = run(
        "رئيس مجلس الشورى يستقبل وفدا برلمانيا من اليابان\n"
        "الرياض 3 مايو واس\n"
        "استقبل رئيس مجلس الشورى اليوم وفدا من مجلس النواب الياباني برئاسة النائب تارو كونو.",
        "ar",
    )
    delegations = [e for e in ex.entities if e.type == "Agency" and e.name.startswith("وفد")]
    assert len(delegations) == 1, [e.name for e in delegations]
    assert delegations[0].country == "JPN"
