"""A listed international body right after "and" takes no capitalised words before it as its
name's modifiers: "the <Place> and <body>" coordinates two things (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Orchard grant\n\n"
    "A grant shared between Cedar Hollow and UNICEF will pay for school meals in the valley, the "
    "town council announced on Monday.\n"
)


def test_en_listed_international_body_after_and_keeps_its_own_name():
    agencies = names(run(TEXT, "en"), "Agency")
    assert "UNICEF" in agencies
    assert not any("Cedar" in a for a in agencies)
