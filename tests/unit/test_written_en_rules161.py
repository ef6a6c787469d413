"""Round-24 SAID rule (English), on sentences written for the tests: a headline labelled by a
statement noun and a colon ("Statement: …") names the subject of the news, no author."""

from __future__ import annotations

from .helpers import run, said

_TITLE = "Statement: Minister of Agriculture holds talks with Portuguese counterpart"
_TEXT = (
    "Rabat, 9 March 2026\n"
    "Minister of Agriculture Karim Abdelwahed Tazi today held talks with the Minister of "
    "Agriculture of Portugal, Joao Pedro Alves, who is visiting the Kingdom.\n"
    'Minister Tazi said the two countries "share a common vision of food security".\n'
)


def test_en_labelled_headline_gives_its_subject_no_statement_of_the_next_paragraph():
    statements = said(run(_TEXT, "en", _TITLE))
    assert not any(q.startswith("Minister of Agriculture") for _s, q in statements)


def test_en_labelled_headline_keeps_the_statements_of_the_body():
    statements = said(run(_TEXT, "en", _TITLE))
    assert any(s == "Karim Abdelwahed Tazi" and "common vision" in q for s, q in statements)
