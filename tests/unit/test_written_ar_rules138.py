"""A two-letter noun glued to "and" (no particle or preposition: "وفك", not "وفي") governing a
definite word goes on a minister's field, as a longer glued noun does: "وزير الأشغال والنقل البري
وفك العزلة" implies "وزارة الأشغال والنقل البري وفك العزلة" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_short_glued_noun_continues_the_field():
    ex = run(
        "التقى الوزير وزير الأشغال والنقل البري وفك العزلة بجمهورية غينيا السيد عمر كابا.", "ar"
    )
    assert "وزارة الأشغال والنقل البري وفك العزلة" in names(ex, "Agency")


def test_ar_glued_preposition_does_not_continue_the_field():
    ex = run("استقبل وزير الأشغال السيد عمر كابا وفي المساء زار الوفد الميناء.", "ar")
    assert not any("وفي" in a for a in names(ex, "Agency"))
