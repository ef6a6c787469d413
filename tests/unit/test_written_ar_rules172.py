"""Arabic: a minister's field read by the implied ministry past an unlisted adjective and a field
joined by a glued "and" ("وزير الاقتصاد الأخضر والابتكار") is the title's too: the unnamed post,
object of a meeting verb, ends with it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unnamed_minister_with_adjective_and_joined_field():
    ex = run(
        "ومن المقرر أن يلتقي الوفد صباح الأحد وزير الاقتصاد الأخضر والابتكار، قبل أن يغادر "
        "العاصمة.",
        "ar",
    )
    assert "وزير الاقتصاد الأخضر والابتكار" in names(ex, "Official")


def test_ar_family_name_after_the_field_stays_a_name():
    ex = run("وقال وزير الخارجية سالم الهنداوي إن المحادثات كانت مثمرة.", "ar")
    assert "سالم الهنداوي" in names(ex, "Official")
