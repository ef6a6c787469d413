""" "X and Y held the talks with A and B" (the talks a lead announced): a meeting verb, each of the
coordinated subjects meets each of the other side, not only the one named last (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Norway, Chile hold security talks\n\n"
    "OSLO, Feb. 6 -- Norway and Chile agreed Friday to expand joint exercises.\n\n"
    "Foreign Minister Erik Haldorsen and Defense Minister Kari Moen held the talks with Chilean "
    "Foreign Minister Diego Araya and Defence Minister Paula Soto, the third such meeting.\n"
)


def test_en_coordinated_subjects_who_held_the_talks_each_meet_the_other_side():
    m = met(run(TEXT, "en"))
    for a in ("Erik Haldorsen", "Kari Moen"):
        for b in ("Diego Araya", "Paula Soto"):
            assert frozenset({a, b}) in m
