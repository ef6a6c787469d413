""" "Centre" heads a public body named for its work ("the National Centre for Seismology"):
an agency, its head a member; without its field after a genitive it names a place, no body
(sentences written for these tests)."""

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


VENUES = (
    "Fiji opens trade fair\n\n"
    "SUVA, Feb 12 -- Fiji's Minister of Trade Manoa Kamikamica Rabuka opened a regional trade "
    "fair at the Suva Convention Centre on Wednesday, then toured the Lautoka Heart Centre and "
    "the new Nadi Shopping Center.\n"
)


def test_en_centre_without_a_field_after_it_is_no_agency():
    agencies = names(run(VENUES, "en"), "Agency")
    assert not any("Cent" in a for a in agencies)
