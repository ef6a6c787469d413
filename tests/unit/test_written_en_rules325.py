"""A military command named by its area ("U.S. Africa Command") is an agency of its country, and
the commander whose title names it belongs to it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Port visit by naval squadron\n\n"
    "The squadron's arrival in the harbour was welcomed by Commander of U.S. Africa Command "
    "General Robert Lyle Hanes, who toured the new dry dock with local engineers.\n"
)


def test_en_area_command_is_an_agency():
    ex = run(TEXT, "en")
    assert "Africa Command" not in names(ex, "Official")
    assert "U.S. Africa Command" in names(ex, "Agency")
    assert ("Robert Lyle Hanes", "U.S. Africa Command") in rels(ex, "MEMBER_OF")
