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


def test_en_chamber_committee_named_after_its_chamber_is_one_body():
    ex = run(
        "Senators visit\n"
        "DOHA - The minister met a delegation from the Australian Senate Economics Committee "
        "led by Senator Mary Blake on Sunday.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    body = ent(ex, "Australian Senate Economics Committee").name
    assert (body, "Australian Senate") in member
    delegation = ent(ex, "Australian Senate Economics Committee delegation")
    assert (delegation.name, body) in member


def test_en_delegation_of_a_body_is_also_named_body_first():
    ex = run(
        "Bank mission\n"
        "NAIROBI - The minister received a delegation of the Nordic Investment Fund on Monday.",
        "en",
    )
    ent(ex, "Nordic Investment Fund delegation")


def test_en_dashed_head_takes_its_of_phrase():
    ex = run(
        "Aid talks\n"
        "BRUSSELS - Ines Varga, Director of the Directorate-General for Regional Policy, met "
        "the visiting minister on Monday.",
        "en",
    )
    assert ("Ines Varga", "Directorate-General for Regional Policy") in rels(ex, "MEMBER_OF")


def test_en_office_named_by_a_sovereign_style_alone():
    ex = run(
        "Palace talks\n"
        "RABAT - Karim Tazi, adviser at the Office of His Majesty, received the envoy on Monday.",
        "en",
    )
    assert ("Karim Tazi", "Office of His Majesty") in rels(ex, "MEMBER_OF")


def test_en_named_chambers_are_bodies_and_parents_of_their_committees():
    ex = run(
        "Committee visit\n"
        "LONDON - Helen Ward, Chair of the Science Committee of the House of Lords, met the "
        "minister on Tuesday.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Science Committee", "House of Lords") in member
    assert ("Helen Ward", "Science Committee") in member
