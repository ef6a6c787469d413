"""Bodies round 17, second pass (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_cabinet_field_after_deputy_chairman_is_the_titles_remit():
    ex = run(
        "لقاء في عمان\n"
        "استقبل نائب رئيس مجلس الوزراء للشؤون الاقتصادية سامر فؤاد الخطيب أمس وفداً تجارياً.",
        "ar",
    )
    assert "مجلس الوزراء" in names(ex, "Agency")
    assert ("سامر فؤاد الخطيب", "مجلس الوزراء") in rels(ex, "MEMBER_OF")


def test_ar_union_with_a_nisba_and_a_contracted_field_is_a_body():
    ex = run(
        "وفد في الرياض\n"
        "استقبل وزير التجارة الدكتور سامي خالد العنزي في مكتبه اليوم وفداً من الاتحاد الماليزي "
        "للصناعات برئاسة السيد أحمد زكي. وقال العنزي إن الاتحاد السوفيتي سابقاً كان شريكاً.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الاتحاد الماليزي للصناعات" in agencies
    assert not any(a.startswith("الاتحاد السوفيتي") for a in agencies)


def test_ar_unit_field_joined_by_and_to_an_international_body_keeps_it():
    ex = run(
        "لقاء في الكويت\n"
        "وحضر اللقاء رئيس قطاع الشؤون الدولية ومجلس الأمن في وزارة الخارجية فهد ناصر العتيبي.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("فهد ناصر العتيبي", "قطاع الشؤون الدولية ومجلس الأمن") in member
    assert ("قطاع الشؤون الدولية ومجلس الأمن", "وزارة الخارجية") in member
