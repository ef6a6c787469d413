"""A word of representation governs each body of a list it opens ("representatives of A (AB)
and B"): the second body, after "and" (and the first one's bracketed abbreviation), meets too
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Winter shipping\n\n"
    "In Ventspils on Monday, Transport Minister Oskar Vilberg received representatives of the "
    "Baltic Pilots Federation (BPF) and the Latvian Chamber of Shipping to discuss ice-breaking.\n"
)


def test_en_second_body_after_and_is_represented_too():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Oskar Vilberg", "Baltic Pilots Federation"}) in pairs
    assert frozenset({"Oskar Vilberg", "Latvian Chamber of Shipping"}) in pairs
