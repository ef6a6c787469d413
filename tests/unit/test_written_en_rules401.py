"""The Gulf English name of the fisheries portfolio, "Fisheries Wealth", is one field: its last
word is no holder's one-word name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Fishing accord\n\n"
    "The accord on shared stocks was initialled by Dr. Karim Juma Mwinyi of the Tanzanian "
    "ministry and, for the Omani side, by the ministry's Undersecretary for Fisheries Wealth, "
    "who praised the new quota system.\n"
)


def test_en_fisheries_wealth_is_a_portfolio_not_a_name():
    officials = names(run(TEXT, "en"), "Official")
    assert "Wealth" not in officials
