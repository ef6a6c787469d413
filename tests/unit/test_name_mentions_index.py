"""Mentions of known officials pass over the words of no official's name (resolution's
_index_words), and still find names glued to punctuation."""

from __future__ import annotations

from graphbuild.nlp.resolution import FIRST, _index_words

from .helpers import ent, run, said


def test_index_words_are_name_words_surnames_and_first_names() -> None:
    by_full = {"karim haddad": 0, "salem": 1}
    by_last = {"haddad": [0], FIRST + "karim": [0], "serraj": [2]}
    assert _index_words(by_full, by_last) == {"karim", "haddad", "salem", "serraj"}


def test_a_surname_glued_to_punctuation_is_found() -> None:
    ex = run(
        "Foreign Minister Karim Haddad arrived on Monday. The talks (Haddad) went well, "
        'said "Haddad", who added that Haddad, the minister, would stay.',
        "en",
    )
    haddad = ent(ex, "Karim Haddad")
    assert haddad.type == "Official"
    assert any(sp == "Karim Haddad" for sp, _ in said(ex))
