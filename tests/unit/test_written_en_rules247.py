"""A relative clause naming the companions of the subject, commas inside it, before a meeting
noun with its own verb ("X, who was accompanied by A, and B, paid a courtesy call on Y"): X, A
and B meet Y, none of them the party of the meeting told before (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Minister holds talks in Kingston\n\n"
    "On the margins of the summit, Barbados Minister of Foreign Affairs Tomas Velk held "
    "bilateral talks with Belize's Minister of Foreign Affairs, Rohan Persad. He also met the "
    "Minister of Foreign Affairs of Suriname, Radjesh Kalpoe.\n\n"
    "The Barbadian Minister, who was accompanied by Permanent Secretary in the Ministry of "
    "Foreign Affairs, Ms. Sharon Clarke, and Barbados' Ambassador to CARICOM, Mr. Desmond Allen, "
    "paid a courtesy call on the President of Guyana, Dr. Vishnu Ramdin, at State House.\n"
)


def test_en_companions_in_a_relative_clause_meet_the_one_called_on():
    m = met(run(TEXT, "en"))
    for who in ("Tomas Velk", "Sharon Clarke", "Desmond Allen"):
        assert frozenset({who, "Vishnu Ramdin"}) in m
    for who in ("Sharon Clarke", "Desmond Allen", "Vishnu Ramdin"):
        assert frozenset({who, "Radjesh Kalpoe"}) not in m
