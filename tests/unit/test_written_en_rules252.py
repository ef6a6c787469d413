"""English: "met X and Aland's Minister for Y, Mr. Z": a capitalised possessor that is no known
country, with its possessive marker, before the next party's title still joins Z to the met
group (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_LEAD = (
    "Dutch minister in Bergen\n\n"
    "The Netherlands' Minister for Development Peter Vos spent two days in Bergen this"
    " week.\n\n"
)


def test_en_possessor_before_title_joins_group():
    ex = run(
        _LEAD + "On Tuesday Vos met Minister of Education Dr. Maria Lund and Aland's Minister"
        " for Shipping and Harbours, Mr. Erik Holm.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Peter Vos", "Maria Lund"}) in pairs
    assert frozenset({"Peter Vos", "Erik Holm"}) in pairs


def test_en_lowercase_possessor_still_breaks_group():
    ex = run(
        _LEAD + "On Tuesday Vos met Minister of Education Dr. Maria Lund and went over the"
        " harbour's budget with Minister for Shipping Erik Holm by phone.",
        "en",
    )
    assert frozenset({"Peter Vos", "Maria Lund"}) in met(ex)
