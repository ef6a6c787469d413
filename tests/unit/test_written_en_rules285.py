"""Parliamentary unions and a few regional bodies are international bodies with no country; a
listed union named after another listed one ("Arab" + the world union's name) is another
organisation, no part of it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

UNIONS = (
    "Elsa Martinsson, Vice-President of the Inter-Parliamentary Union, closed a youth seminar in "
    "Geneva. The African Parliamentary Union will present its yearly report in Oslo, while the "
    "Arab Inter-Parliamentary Union sent no delegate."
)

REGIONAL = (
    "IGAD organised a workshop on drought in Nairobi with experts from the Indian Ocean Rim "
    "Association. In Naqoura, UNIFIL handed medical equipment to a local hospital, and the "
    "Pacific Alliance opened scholarships for students from Ecuador."
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
    assert ("Elsa Martinsson", "Inter-Parliamentary Union") in members
    assert ("Arab Inter-Parliamentary Union", "Inter-Parliamentary Union") not in members


def test_en_regional_bodies_are_international_bodies():
    ex = run(REGIONAL, "en")
    for name in ("IGAD", "Indian Ocean Rim Association", "UNIFIL", "Pacific Alliance"):
        body = ent(ex, name)
        assert body.type == "Agency" and body.country is None
