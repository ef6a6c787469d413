"""A military command named by its area ("U.S. Southern Command") is an agency of its country, and
the commander whose title names it belongs to it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Drills to grow\n\n"
    "Admiral Delphine Ashgrove, Commander of U.S. Southern Command, told a naval conference on "
    "Monday that joint drills off the western cape would double in size next spring.\n"
)


def test_en_area_command_is_an_agency():
    ex = run(TEXT, "en")
    assert "Southern Command" not in names(ex, "Official")
    assert "U.S. Southern Command" in names(ex, "Agency")
    assert ("Delphine Ashgrove", "U.S. Southern Command") in rels(ex, "MEMBER_OF")
