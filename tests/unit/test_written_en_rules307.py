""" "<Portfolio> Minister X" and "<Portfolio> Secretary X" with a portfolio of several words the
title lists lack ("Energy and Mines", "Trade and Tourism"): the portfolio is the role's field and
implies that ministry or department, with or without a country before it (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Lima hosts mining talks\n\n"
    "Energy and Mines Minister Paolo Arizmendi opened the talks in Lima on Thursday. Trade and "
    "Tourism Secretary Rosa Tamayo attended the dinner that followed.\n"
)

COUNTRY = (
    "Quito visit\n\n"
    "Peruvian Trade and Tourism Secretary Rosa Tamayo arrived in Quito on Friday for two days of "
    "talks.\n"
)


def test_en_portfolio_before_minister_implies_the_ministry():
    ex = run(TEXT, "en")
    assert ("Paolo Arizmendi", "Energy and Mines Ministry") in rels(ex, "MEMBER_OF")
    assert "Energy and Mines Ministry" in names(ex, "Agency")


def test_en_portfolio_before_secretary_implies_the_department():
    ex = run(TEXT, "en")
    assert ("Rosa Tamayo", "Trade and Tourism Department") in rels(ex, "MEMBER_OF")


def test_en_country_portfolio_secretary_department_of_that_country():
    ex = run(COUNTRY, "en")
    agencies = {e.name: e for e in ex.entities if e.type == "Agency"}
    assert "Trade and Tourism Department" in agencies
    assert agencies["Trade and Tourism Department"].country == "PER"
    assert ("Rosa Tamayo", "Trade and Tourism Department") in rels(ex, "MEMBER_OF")
