"""A word of representation governs each body of a list it opens ("met representatives of A
(AB) and B"): the second body, after "and" (and the first one's bracketed abbreviation), meets
too (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Mining talks in Daugavpils\n\n"
    "Latvian Economy Minister Oskar Lindqvist spent Thursday in Daugavpils, where he met "
    "representatives of the Latvian Miners Federation (LMF) and the Latgale Chamber of "
    "Commerce, who asked for lower export levies.\n"
)


def test_en_second_body_after_and_is_represented_too():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Oskar Lindqvist", "Latvian Miners Federation"}) in pairs
    assert frozenset({"Oskar Lindqvist", "Latgale Chamber of Commerce"}) in pairs
