"""An official joined by "and" to an accompanying delegation belongs to it, also across a
relative clause of his own between them ("Prime Minister X, who is on an official visit to Y,
and the accompanying delegation") (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_official_relative_clause_and_the_accompanying_delegation():
    ex = run(
        "Talks in Muscat\n"
        "The Sultan received at Al Alam Palace today Prime Minister of the Republic of Estonia "
        "Kristjan Vaher, who is on an official visit to the Sultanate of Oman, and the "
        "accompanying delegation.",
        "en",
    )
    assert ("Kristjan Vaher", "accompanying delegation") in rels(ex, "MEMBER_OF")


def test_en_two_officials_and_no_delegation_make_no_membership():
    ex = run(
        "Talks in Muscat\n"
        "The Sultan received Prime Minister Kristjan Vaher, who is on a visit to Oman, and "
        "Foreign Minister Liis Tamm.",
        "en",
    )
    assert not any(t and "delegation" in t for _, t in rels(ex, "MEMBER_OF"))
