"""Arabic: in a list of holders each followed by a post ("X Y, director of Z, and-W V U,
director of T"), the name after a comma written glued to a one-letter "and" and a listed given
name opens the next item: it is not the first post's holder, and it goes without the letter; a
given name that itself opens with the letter is kept whole (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_listed_holders_each_with_post():
    ex = run(
        "وحضر الاجتماع ماجد بن سالم العبري مدير عام المديرية العامة للموانئ، وحمدان بن علي"
        " الكلباني مدير عام المديرية العامة للجمارك.",
        "ar",
    )
    got = names(ex, "Official")
    assert "ماجد بن سالم العبري" in got
    assert "حمدان بن علي الكلباني" in got
    assert "وحمدان بن علي الكلباني" not in got
    assert ("حمدان بن علي الكلباني", "المديرية العامة للجمارك") in rels(ex, "MEMBER_OF")
    assert ("حمدان بن علي الكلباني", "المديرية العامة للموانئ") not in rels(ex, "MEMBER_OF")


def test_ar_listed_holder_after_unnamed_post():
    ex = run(
        "وحضر الاجتماع القنصل العام، وحمدان بن علي الكلباني مدير عام المديرية العامة للجمارك.",
        "ar",
    )
    assert "حمدان بن علي الكلباني" in names(ex, "Official")


def test_ar_given_name_with_and_letter_kept_whole():
    ex = run("وحضر الاجتماع وزير النقل، وائل سالم الكعبي، ووزير المالية.", "ar")
    assert "وائل سالم الكعبي" in names(ex, "Official")
