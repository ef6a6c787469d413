"""A lower-case title right after a body's abbreviation in brackets ("the X Authority (XA) chief
executive officer Y") is that body's post, its holder named after it (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_lower_case_title_after_a_bracketed_abbreviation():
    ex = run(
        "The launch was attended by Johor Port Development Corporation (JPDC) chief executive "
        "officer Datuk Rozana Hamid and other guests.",
        "en",
    )
    assert ent(ex, "Rozana Hamid").type == "Official"
    assert ("Rozana Hamid", "Johor Port Development Corporation") in rels(ex, "MEMBER_OF")


def test_en_lower_case_word_after_a_bracketed_word_is_no_title():
    ex = run("The fund (Tabung) director said nothing about the plan of Karim Osman.", "en")
    assert not any(e.type == "Official" for e in ex.entities)
