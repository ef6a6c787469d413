"""Arabic: "muqarrir"/"muqarrira" (a committee's rapporteur), indefinite, is a post: the name
after "muqarrirat lajnat X" is an official, a member of the committee; the definite "al-muqarrar"
("what is scheduled") is left alone (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_committee_rapporteur_is_a_post():
    ex = run(
        "وحضرت الاجتماع مقررة لجنة الشؤون الخارجية والدفاع سعادة مريم سعيد الشامسي.",
        "ar",
    )
    assert "مريم سعيد الشامسي" in names(ex, "Official")
    assert ("مريم سعيد الشامسي", "لجنة الشؤون الخارجية والدفاع") in rels(ex, "MEMBER_OF")


def test_ar_scheduled_is_no_post():
    ex = run("ودعا الوزير إلى اجتماع وزاري مقرر الشهر المقبل في القاهرة.", "ar")
    assert not names(ex, "Official")
