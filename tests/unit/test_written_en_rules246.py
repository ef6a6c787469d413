"""A quotation of a few words inside the reported clause ('said piracy "in all its forms" was the
gravest threat'): the statement is the whole clause, not the quoted words (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_partial_quotation_inside_the_clause_keeps_the_clause():
    ex = run(
        "Minister at forum\n"
        "VIENNA - Austrian Foreign Minister Klara Hofbauer met Chilean Foreign Minister Diego "
        "Araya on Monday.\n"
        'Addressing the forum, the minister said smuggling "in every form" remained the main '
        "danger to the region.\n",
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Klara Hofbauer"]
    assert any(q.startswith('smuggling "in every form" remained') for q in quotes)
    assert not any(q.startswith("Addressing") for q in quotes)


def test_en_quotation_right_after_that_is_still_the_quotation():
    ex = run(
        "Minister at forum\n"
        "VIENNA - Austrian Foreign Minister Klara Hofbauer met Chilean Foreign Minister Diego "
        "Araya on Monday.\n"
        'Hofbauer said that "our two nations share a long friendship".\n',
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Klara Hofbauer"]
    assert any(q.startswith("our two nations share") for q in quotes)
