"""Arabic: after a title's complement, two or three words in no list and without the article,
set off by commas and followed by "and" glued to the next post of a list (or the sentence's
end), are a foreign name whose given name no list holds; a phrase with the article there is no
name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unlisted_name_between_commas_before_next_post():
    ex = run(
        "وحضر اللقاء القائم بأعمال سفارة جمهورية سلوفاكيا في عمان، زدينيك نوفاك، ومدير"
        " مديرية التعاون في الوزارة.",
        "ar",
    )
    assert "زدينيك نوفاك" in names(ex, "Official")


def test_ar_unlisted_name_closing_sentence_still_read():
    ex = run("وحضر اللقاء سفير جمهورية سلوفاكيا لدى المملكة، زدينيك نوفاك.", "ar")
    assert "زدينيك نوفاك" in names(ex, "Official")


def test_ar_definite_phrase_between_commas_no_name():
    ex = run("وحضر اللقاء وزير الخارجية، حسب المصادر الرسمية، ومدير مديرية التعاون.", "ar")
    got = names(ex, "Official")
    assert not any("المصادر" in n for n in got)
