"""A title mention naming a portfolio in another style than the one a named official holds ("the
British foreign secretary" after "his British counterpart X" of a foreign minister) is that
official, the one of its country heading the same portfolio (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

TEXT = (
    "Ghana and Britain discuss cocoa trade\n\n"
    "ACCRA, Oct 14 -- Ghanaian Foreign Minister Kofi Mensah Adjei hosted his British counterpart "
    "Helen Margaret Dunmore for talks in Accra on Thursday.\n"
    "The British foreign secretary told reporters that London would double its support for "
    "cocoa farmers.\n"
)


def test_en_foreign_secretary_is_the_counterpart_of_a_foreign_minister():
    ex = run(TEXT, "en")
    assert "British foreign secretary" not in names(ex, "Official")
    assert "The British foreign secretary" in ent(ex, "Helen Margaret Dunmore").aliases
    assert any(sp == "Helen Margaret Dunmore" and "cocoa farmers" in q for sp, q in said(ex))
