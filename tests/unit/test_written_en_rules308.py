"""The UN's programmes, funds and specialised agencies are one node each, under their acronym and
their full name (lang/bodies.tsv): a headline's acronym and the full name in the body are one
body, not the UN's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

EN = (
    "Trade minister meets UNEP and FAO chiefs\n\n"
    "The Trade Minister of Ghana, Kofi Mensah, met on Monday with the Executive Director of the "
    "United Nations Environment Programme (UNEP), Ana Ribeiro, and with officials of the Food "
    "and Agriculture Organization.\n"
)


def test_en_un_agency_acronym_and_full_name_are_one_body():
    agencies = names(run(EN, "en"), "Agency")
    assert "United Nations Environment Programme" in agencies
    assert "UNEP" not in agencies
    assert "Food and Agriculture Organization" in agencies
    assert "United Nations" not in agencies
