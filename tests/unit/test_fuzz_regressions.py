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


def test_a_clause_quote_keeps_no_white_space_at_its_ends():
    # "according to X, clause": the clause ended with a line separator or a no-break space
    for text in (
        "According to Foreign Minister Karim Haddad, the talks were very useful\u2028",
        "According to Foreign Minister Karim Haddad, the talks were very useful\u00a0\nNext.",
        "The talks were very useful\u2029, according to Foreign Minister Karim Haddad.",
    ):
        quotes = _said(text, "en")
        assert quotes == [quotes[0].strip()] and quotes[0].endswith("useful"), quotes
