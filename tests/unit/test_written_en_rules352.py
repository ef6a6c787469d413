"""A lower-case ministry head after its country's nisba alone refers back to the one ministry of
that country the text names (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT = (
    "New library wing opens in Coimbra\n\n"
    "COIMBRA - Portugal's Minister of Culture, Ana Prates, opened the new wing on Tuesday.\n\n"
    "The restored manuscripts were presented by the Director of Archives at the Portuguese "
    "ministry, Rui Lobo, who led the two-year project.\n"
)


def test_en_nisba_and_lower_case_ministry_is_the_country_ministry_named_before():
    members = rels(run(TEXT, "en"), "MEMBER_OF")
    hers = {t for s, t in members if s == "Ana Prates"}
    his = {t for s, t in members if s == "Rui Lobo"}
    assert hers
    assert hers == his
