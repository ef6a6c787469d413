"""A title mention naming a portfolio in another style than the one a named official holds ("the
British foreign secretary" after "his British counterpart X" of a foreign minister) is that
official, the one of its country heading the same portfolio (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

TEXT = (
    "Ghana and Britain discuss cocoa trade\n\n"
    "ACCRA, Oct 14 -- Talks in Accra on Thursday between Ghanaian Foreign Minister Kwame Asare "
    "Amoako and his British counterpart Helen Margaret Pennick focused on cocoa.\n"
    '"London will double its support for cocoa farmers," the British foreign secretary said after '
    "the meeting.\n"
)


def test_en_foreign_secretary_is_the_counterpart_of_a_foreign_minister():
    ex = run(TEXT, "en")
    assert "British foreign secretary" not in names(ex, "Official")
    assert "the British foreign secretary" in ent(ex, "Helen Margaret Pennick").aliases
    assert any(sp == "Helen Margaret Pennick" and "cocoa farmers" in q for sp, q in said(ex))
