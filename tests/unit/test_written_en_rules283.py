"""A delegation first named with the indefinite article ("a delegation from the Ghanaian
Cocoa Board") keeps that surface form, article and all, among its aliases (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, run

TITLE = "Ghanaian cocoa officials tour Auckland port"
TEXT = (
    "AUCKLAND - Arriving for a five-day tour of the port's cold stores, a delegation from the "
    "Ghana Cocoa Board under Deputy Chief Executive Ama Owusu was welcomed by Harriet Cole, New "
    "Zealand's Trade Minister.\n"
)


def test_en_indefinite_delegation_keeps_its_article_form():
    ex = run(TEXT, "en", title=TITLE)
    d = ent(ex, "delegation from the Ghana Cocoa Board")
    assert "a delegation from the Ghana Cocoa Board" in {d.name, *d.aliases}
