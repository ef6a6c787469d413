"""The Gulf English name of the fisheries portfolio, "Fisheries Wealth", is one field: its last
word is no holder's one-word name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Trawling ban\n\n"
    "A ban on night trawling along the coast was announced on Sunday by the Assistant "
    "Undersecretary for Fisheries Wealth, who said patrol boats would enforce it from March.\n"
)


def test_en_fisheries_wealth_is_a_portfolio_not_a_name():
    officials = names(run(TEXT, "en"), "Official")
    assert "Wealth" not in officials
