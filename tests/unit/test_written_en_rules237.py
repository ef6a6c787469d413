"""Portfolios of mines, of maritime affairs, of humanitarian affairs, of the pilgrimage and of
fisheries name a ministry: "Minister of Mining X" is a member of the ministry of mining of his
country (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_minister_of_mining_implies_the_mining_ministry():
    ex = run(
        "Talks in Lima\n"
        "Peru's Minister of Mining Carlos Ramos Vega met the visiting delegation on Monday.",
        "en",
    )
    assert ("Carlos Ramos Vega", "Mining Ministry") in rels(ex, "MEMBER_OF")


def test_en_minister_of_maritime_affairs_implies_its_ministry():
    ex = run(
        "Talks in Lisbon\n"
        "Portugal's Minister of Maritime Affairs Joana Ferreira Lopes met the visiting delegation "
        "on Monday.",
        "en",
    )
    assert "Maritime Affairs Ministry" in names(ex, "Agency")


def test_en_minister_of_humanitarian_affairs_implies_its_ministry():
    ex = run(
        "Talks in Abuja\n"
        "Ghana's Minister of Humanitarian Affairs Kofi Mensah Boateng met the visiting delegation "
        "on Monday.",
        "en",
    )
    assert ("Kofi Mensah Boateng", "Humanitarian Affairs Ministry") in rels(ex, "MEMBER_OF")


def test_en_minister_for_development_cooperation_implies_the_development_ministry():
    ex = run(
        "Talks in Oslo\n"
        "The Minister for Development Cooperation of Norway, Ingrid Solberg Dahl, met the visiting "
        "delegation on Monday.",
        "en",
    )
    assert ("Ingrid Solberg Dahl", "International Development Ministry") in rels(ex, "MEMBER_OF")
