""" "the <nationality> minister" refers back to that country's official who holds "Minister" in
full beside a modified post ("Deputy Prime Minister and Energy Minister"): the modified post does
not hide the plain one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Lithuania and Ecuador look at wind power\n\n"
    "QUITO, May 5 -- Ecuador's Minister of Energy Mireya Zambrano Paz welcomed Lithuania's "
    "Deputy Prime Minister and Energy Minister Dainius Kairys to Quito on Tuesday for two days "
    "of talks on offshore wind.\n\n"
    "Ecuador's Minister of Environment Andres Vela Mora received the Lithuanian minister at his "
    "office before the delegation flew to Guayaquil.\n"
)


def test_en_nationality_minister_is_the_deputy_premier_who_is_also_minister():
    ex = run(TEXT, "en")
    assert "the Lithuanian minister" in ent(ex, "Dainius Kairys").aliases
    pairs = met(ex)
    assert frozenset({"Dainius Kairys", "Andres Vela Mora"}) in pairs
    assert frozenset({"Lithuanian minister", "Andres Vela Mora"}) not in pairs
