"""A committee placed in a parliament named in full by a glued «بـ» is also named with it, as
after a free-standing «في»; after a bare anaphor («بالمجلس») the parliament only places it,
round 26 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_ar_committee_in_a_parliament_named_with_its_nisba_glued():
    ex = run(
        "لقاء\nواستقبل الوزير رئيس لجنة الشؤون الخارجية بالبرلمان الليتواني رامون فيليس.",
        "ar",
    )
    e = ent(ex, "لجنة الشؤون الخارجية")
    assert "لجنة الشؤون الخارجية بالبرلمان الليتواني" in {e.name, *e.aliases}


def test_ar_committee_at_a_bare_council_is_only_placed():
    ex = run(
        "لقاء\nوحضر مجلس النواب الجلسة. وقال رئيس لجنة المالية بالمجلس إن الموازنة جاهزة.",
        "ar",
    )
    e = ent(ex, "لجنة المالية")
    assert "لجنة المالية بالمجلس" not in {e.name, *e.aliases}
