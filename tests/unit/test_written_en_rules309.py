""" "&" inside a lexicon form ("Foreign, Commonwealth & Development Office", "Trinidad & Tobago")
joins its words as "," and "-" do: the form is one hit, not its last words read as a body of
their own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "UK envoy in Port of Spain\n\n"
    "From: Foreign, Commonwealth & Development Office\n\n"
    "The Prime Minister of Trinidad & Tobago received a British envoy on Monday to discuss "
    "climate finance.\n"
)


def test_en_ampersand_joins_a_listed_form():
    ex = run(TEXT, "en")
    assert "Development Office" not in names(ex, "Agency")
    assert "Trinidad and Tobago" in names(ex, "Country")
    agencies = {e.name: e for e in ex.entities if e.type == "Agency"}
    assert any("Foreign, Commonwealth & Development Office" in e.aliases for e in agencies.values())
