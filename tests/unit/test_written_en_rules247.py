"""A relative clause naming the companions of the subject, commas inside it, before a meeting
noun with its own verb ("X, who was accompanied by A, and B, paid a courtesy call on Y"): X, A
and B meet Y, none of them the party of the meeting told before (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Jamaican minister in Accra\n\n"
    "At the trade fair in Accra, Jamaica's Minister of Industry Damion Reid sat down with "
    "Togo's Minister of Commerce, Kossi Agbeko. He then saw the Minister of Trade of Benin, "
    "Rufin Houngbo.\n\n"
    "The Jamaican Minister, who was accompanied by the Director of Trade in the Ministry of "
    "Industry, Ms. Paula Greaves, and Jamaica's High Commissioner to Ghana, Mr. Neville Hurst, "
    "paid a courtesy call on the Vice President of Ghana, Dr. Kwame Asare, at Jubilee House.\n"
)


def test_en_companions_in_a_relative_clause_meet_the_one_called_on():
    m = met(run(TEXT, "en"))
    for who in ("Damion Reid", "Paula Greaves", "Neville Hurst"):
        assert frozenset({who, "Kwame Asare"}) in m
    for who in ("Paula Greaves", "Neville Hurst", "Kwame Asare"):
        assert frozenset({who, "Rufin Houngbo"}) not in m
