"""The UN's programmes, funds and specialised agencies are one node each, under their acronym and
their full name (lang/bodies.tsv): a headline's acronym and the full name in the body are one
body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

EN = (
    "UNEP experts survey oil spill off Sfax\n\n"
    "A team from the United Nations Environment Programme began surveying the damaged coastline "
    "on Sunday, joined by soil scientists of the Food and Agriculture Organization who will test "
    "the nearby farmland.\n"
)


def test_en_un_agency_acronym_and_full_name_are_one_body():
    agencies = names(run(EN, "en"), "Agency")
    assert "United Nations Environment Programme" in agencies
    assert "UNEP" not in agencies
    assert "Food and Agriculture Organization" in agencies
    assert "United Nations" not in agencies
