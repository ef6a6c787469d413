""" "Centre" heads a public body named for its work ("the National Centre for Seismology"):
an agency, its head a member (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Fiji hosts ocean forecasting talks\n\n"
    "SUVA, Feb 11 -- Fiji's Minister of Fisheries Semi Koroilavesau Tuilau met on Tuesday with "
    "Executive Director of the Pacific Centre for Ocean Forecasting Dr. Losana Vuki Tora, who "
    "briefed him on a cyclone warning network run with the Caribbean Centers for Storm Research.\n"
)


def test_en_centre_heads_an_agency():
    ex = run(TEXT, "en")
    agencies = names(ex, "Agency")
    assert "Pacific Centre for Ocean Forecasting" in agencies
    assert "Caribbean Centers for Storm Research" in agencies
    assert ("Losana Vuki Tora", "Pacific Centre for Ocean Forecasting") in rels(ex, "MEMBER_OF")
