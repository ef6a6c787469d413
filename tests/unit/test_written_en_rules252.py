"""English: "met X and Aland's Minister for Y, Mr. Z": a capitalised possessor that is no known
country, with its possessive marker, before the next party's title still joins Z to the met
group (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_LEAD = (
    "Visit of Minister of State Peter Vos to Norway\n\n"
    "1. Minister of State for External Affairs Peter Vos of the Netherlands paid an official"
    " visit to Norway.\n\n"
)


def test_en_possessor_before_title_joins_group():
    ex = run(
        _LEAD + "2. During the visit, the Minister also met Minister for Health Dr. Maria Lund"
        " and Aland's Minister for Fisheries and Ports, Mr. Erik Holm.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Peter Vos", "Maria Lund"}) in pairs
    assert frozenset({"Peter Vos", "Erik Holm"}) in pairs


def test_en_lowercase_possessor_still_breaks_group():
    ex = run(
        _LEAD + "2. During the visit, the Minister also met Minister for Health Dr. Maria Lund"
        " and discussed the port's plans with Minister for Fisheries Erik Holm by phone.",
        "en",
    )
    assert frozenset({"Peter Vos", "Maria Lund"}) in met(ex)
