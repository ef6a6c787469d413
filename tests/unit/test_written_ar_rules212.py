"""Arabic: two names joined by a glued "and" right before a dual title ("X Y وZ W عضوي
اللجنة") both hold the title, and the second name is read without the letter (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_two_names_before_a_dual_title_both_hold_it():
    ex = run(
        "وأكد رئيس المجلس، بحضور فارس حمدان الخوالدة ورنا سليم العمري عضوي اللجنة، أهمية"
        " التعاون البرلماني.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"فارس حمدان الخوالدة", "رنا سليم العمري"} <= officials
    assert "ورنا سليم العمري" not in officials
    assert ent(ex, "فارس حمدان الخوالدة").title == "عضوي اللجنة"


def test_ar_nominative_dual_title_after_two_names():
    ex = run(
        "وجرى اللقاء بحضور وليد سامي العبادي ومازن عادل الشريف عضوا لجنة الشؤون الخارجية.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"وليد سامي العبادي", "مازن عادل الشريف"} <= officials
    assert "ومازن عادل الشريف" not in officials
