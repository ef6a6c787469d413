"""A name read back from the post apposed after it may open with a given name spelled as a function
word right after the honorific («السيد لي جون-هو المدير العام …»): the word is the name's first
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_function_word_given_name_after_honorific_before_a_post():
    ex = run(
        "استقبل وزير الصناعة صباح أمس السيد لي تاي-وون المدير العام لإدارة التجارة الخارجية.", "ar"
    )
    assert "لي تاي-وون" in names(ex, "Official")
    assert "تاي-وون" not in names(ex, "Official")
