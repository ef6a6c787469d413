"""Mends of review 26: sentences written for these tests (invented names and wording)."""

from __future__ import annotations

from tests.unit.helpers import rels, run


def test_ar_side_word_ending_the_text_after_an_attendance_cue_does_not_crash():
    """Mend 1: an article cut off right after the side word of an attendance cue ("attended it
    on the side") reads no side past the text's end (it raised IndexError)."""
    text = (
        "استقبل وزير الزراعة الأردني سامر عودة الحديد وزير الري السوري فراس نجم الخطيب في عمان.\n"
        "وبحث الجانبان سبل تطوير التعاون الزراعي، فيما حضره من الجانب"
    )
    ex = run(text, "ar")
    assert rels(ex, "MET_WITH")
