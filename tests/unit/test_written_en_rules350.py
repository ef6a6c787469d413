"""A listed international body right after "and" takes no capitalised words before it as its
name's modifiers: "the <Place> and <body>" coordinates two things (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Foresters meet in Tartu\n\n"
    "Speakers at the forum in Tartu described the Pine Marsh and NATO exercises held near the "
    "border last spring, and praised the volunteers who cleared the trails afterwards.\n"
)


def test_en_listed_international_body_after_and_keeps_its_own_name():
    agencies = names(run(TEXT, "en"), "Agency")
    assert "NATO" in agencies
    assert not any("Marsh" in a for a in agencies)
