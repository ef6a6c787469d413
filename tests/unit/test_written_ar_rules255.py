"""A court or office head («ديوان», «مكتب») in construct with a presidency is a body of that
presidency, its director a member of it; after a preposition of place it is the seat where a
meeting is held, no body, round 26 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_bureau_of_the_presidency_is_a_body_under_it():
    ex = run(
        "استقبال\nوجرى الاستقبال بحضور مدير ديوان رئاسة الجمهورية، السيد سليم عادل بوزيدي.",
        "ar",
    )
    assert "ديوان رئاسة الجمهورية" in names(ex, "Agency")
    assert ("ديوان رئاسة الجمهورية", "رئاسة الجمهورية") in rels(ex, "MEMBER_OF")
    assert ("سليم عادل بوزيدي", "ديوان رئاسة الجمهورية") in rels(ex, "MEMBER_OF")


def test_ar_bureau_of_the_premiership_as_a_venue_is_no_body():
    ex = run(
        "لقاء\nالتقى رئيس الحكومة سالم عمر الفيتوري، اليوم بديوان رئاسة الوزراء، وزير الزراعة "
        "التونسي كريم علي الهمامي.",
        "ar",
    )
    assert "ديوان رئاسة الوزراء" not in names(ex, "Agency")
