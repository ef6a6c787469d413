"""English ministries a "Minister of <portfolio> of <country>" implies are also named head first
with "of" and the country, round 17 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_ministry_implied_by_minister_of_country_is_named_with_of_country():
    ex = run(
        "Talks in Lisbon\n"
        "LISBON - Joao Ferreira, Minister of Foreign Affairs of Portugal, met Anna Kowalska, "
        "Minister of Foreign Affairs of the Republic of Tajikistan, on Monday.",
        "en",
    )
    pt = ent(ex, "Ministry of Foreign Affairs of Portugal")
    tj = ent(ex, "Ministry of Foreign Affairs of the Republic of Tajikistan")
    member = rels(ex, "MEMBER_OF")
    assert ("Joao Ferreira", pt.name) in member
    assert ("Anna Kowalska", tj.name) in member


def test_en_compound_ministry_is_named_with_of_country():
    ex = run(
        "Talks in Maputo\n"
        "MAPUTO - The envoy held a brief meeting with Mozambique's Deputy Minister of Foreign "
        "Affairs and Cooperation, Ms. Rosa Chissano, on Monday.",
        "en",
    )
    ent(ex, "Ministry of Foreign Affairs and Cooperation of Mozambique")
