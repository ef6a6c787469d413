"""Geneva, a city that hosts many international bodies' offices, is a known place: "<body>
Office in Geneva" is one body's name, the city closing it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Santiago, March 2 (CNA) - The closing session on seasonal labour was chaired by the Director "
    "of the IOM Office in Geneva, Mr. Pieter Van Damme.\n"
)


def test_en_office_in_geneva_is_one_body():
    ex = run(TEXT, "en")
    assert "IOM Office in Geneva" in names(ex, "Agency")
    assert "IOM Office" not in names(ex, "Agency")
    assert ("Pieter Van Damme", "IOM Office in Geneva") in rels(ex, "MEMBER_OF")
