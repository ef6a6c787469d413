"""Bugs the fuzz test (tests/reliability/test_fuzz.py) found, one small test each, on sentences
written for the test."""

from __future__ import annotations

from graphbuild.model import Article
from graphbuild.nlp.extract import extract_article


def _said(text: str, lang: str) -> list[str]:
    ex = extract_article(Article(id="t", title="", text=text, lang=lang))
    return [r.quote or "" for r in ex.relations if r.type == "SAID"]


def test_a_quote_at_the_end_of_a_line_keeps_no_line_break():
    # the sentence ends at the line break: the quote is its words, not the break after them
    quotes = _said("Minister Omar Haddad said Minister Ali Karim US\nNext line.", "en")
    assert quotes and all(q == q.strip() for q in quotes), quotes
