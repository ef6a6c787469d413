"""Parliamentary unions and a few regional bodies are international bodies with no country; a
listed union named after another listed one ("Arab" + the world union's name) is another
organisation, no part of it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

UNIONS = (
    "The Secretary General of the Inter-Parliamentary Union (IPU), Matthias Kronberg, opened a "
    "seminar for young lawmakers in Santiago. Speakers compared the work of the Arab "
    "Inter-Parliamentary Union and the African Parliamentary Union."
)

REGIONAL = (
    "Kenya's Foreign Minister Joseph Otieno praised the mediation of IGAD and discussed with "
    "Indonesia's Foreign Minister Budi Santoso the work of the Indian Ocean Rim Association, "
    "support for UNIFIL and the next summit of the Pacific Alliance."
)


def test_en_parliamentary_unions_are_international_bodies():
    ex = run(UNIONS, "en")
    for name in (
        "Inter-Parliamentary Union",
        "Arab Inter-Parliamentary Union",
        "African Parliamentary Union",
    ):
        body = ent(ex, name)
        assert body.type == "Agency" and body.country is None
    members = rels(ex, "MEMBER_OF")
    assert ("Matthias Kronberg", "Inter-Parliamentary Union") in members
    assert ("Arab Inter-Parliamentary Union", "Inter-Parliamentary Union") not in members


def test_en_regional_bodies_are_international_bodies():
    ex = run(REGIONAL, "en")
    for name in ("IGAD", "Indian Ocean Rim Association", "UNIFIL", "Pacific Alliance"):
        body = ent(ex, name)
        assert body.type == "Agency" and body.country is None
