"""Geneva, a city that hosts many international bodies' offices, is a known place: "<body>
Office in Geneva" is one body's name, the city closing it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Quito, Aug 11 (ANDES) - Ms. Ingrid Thorvaldsen, Director of the ITC Office in Geneva, "
    "released a report on coffee prices on Monday.\n"
)


def test_en_office_in_geneva_is_one_body():
    ex = run(TEXT, "en")
    assert "ITC Office in Geneva" in names(ex, "Agency")
    assert "ITC Office" not in names(ex, "Agency")
    assert ("Ingrid Thorvaldsen", "ITC Office in Geneva") in rels(ex, "MEMBER_OF")
