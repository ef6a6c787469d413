"""A delegation first named with the indefinite article ("a delegation from the Senate of
Ghana") keeps that surface form, article and all, among its aliases (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, run

TITLE = "Trade minister hosts Ghanaian senators"
TEXT = (
    "WELLINGTON - New Zealand's Trade Minister Harriet Cole on Thursday hosted a delegation from "
    "the Senate of Ghana, headed by Senator Kofi Boateng, for talks on cocoa processing.\n"
)


def test_en_indefinite_delegation_keeps_its_article_form():
    ex = run(TEXT, "en", title=TITLE)
    d = ent(ex, "delegation from the Senate of Ghana")
    assert "a delegation from the Senate of Ghana" in {d.name, *d.aliases}
