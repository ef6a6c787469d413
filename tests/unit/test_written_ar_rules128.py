"""A given name spelled as a function word (لي) right after a title whose body's abbreviation
closes it in brackets («رئيس شركة X (XC) لي جون-هو») opens the holder's name (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_function_word_given_name_after_bracketed_abbreviation():
    ex = run(
        "واجتمع الوزير برئيس مجلس إدارة شركة الموانئ البحرية (سيبكو) لي مين-جاي، وبحث معه التعاون.",
        "ar",
    )
    assert "لي مين-جاي" in names(ex, "Official")
    assert "مين-جاي" not in names(ex, "Official")
