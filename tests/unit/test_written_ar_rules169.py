"""Arabic: a listed given name spelled as a function word right after a title closed by its
country's nisba opens the holder's name only when a name word follows; before a common noun it
is the function word ("the Belgian minister [during] the visit met …") (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_ar_function_word_after_nisba_title_before_a_noun_is_no_name():
    ex = run(
        "واستقبل الوزير النرويجي خلال الزيارة معالي سالم بن خالد المعمري وزير النقل.",
        "ar",
    )
    assert "خلال" not in names(ex, "Official")
    assert "سالم بن خالد المعمري" in names(ex, "Official")


def test_ar_minister_with_nisba_meets_during_the_visit():
    ex = run(
        "كما التقى الوزير الدنماركي خلال الزيارة معالي ناصر بن علي الهنائي وزير الاقتصاد.",
        "ar",
    )
    assert "خلال" not in names(ex, "Official")
    assert frozenset({"الوزير الدنماركي", "ناصر بن علي الهنائي"}) in met(ex)
