""" "&" inside a lexicon form ("Foreign, Commonwealth & Development Office", "Trinidad & Tobago")
joins its words as "," and "-" do: the form is one hit, not its last words read as a body of
their own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "London pledges help after hurricane\n\n"
    "A spokeswoman for the Foreign, Commonwealth & Development Office said on Sunday that two "
    "naval vessels would sail to Trinidad & Tobago with water purifiers and tents.\n"
)


def test_en_ampersand_joins_a_listed_form():
    ex = run(TEXT, "en")
    assert "Development Office" not in names(ex, "Agency")
    assert "Trinidad and Tobago" in names(ex, "Country")
    agencies = {e.name: e for e in ex.entities if e.type == "Agency"}
    assert any("Foreign, Commonwealth & Development Office" in e.aliases for e in agencies.values())
