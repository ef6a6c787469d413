"""Bodies, round 20 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_two_word_family_part_is_the_full_names_short_form():
    # «السفير صالح النضيف» ends «محمد صالح النضيف»: one person
    ex = run(
        "مباحثات\nاستقبل وزير الخارجية اليوم سفير تشاد غير المقيم محمد صالح النضيف. "
        "وأكد السفير صالح النضيف حرص بلاده على تعزيز العلاقات.",
        "ar",
    )
    assert names(ex, "Official") == {"محمد صالح النضيف"}
