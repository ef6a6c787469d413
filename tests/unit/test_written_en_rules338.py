"""A bare post after "visiting" ("the visiting minister") names the holder of that post from
abroad (a country other than the dateline's), not the host named first with the same post
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Latvia and Chile review forestry ties\n\n"
    "RIGA, Sept 9 (LETA) -- Minister of Agriculture Ilze Berzina held talks on Tuesday with "
    "Tomas Urrutia Vial, Chile's Minister of Forestry, who arrived in Latvia on a three-day "
    "working visit.\n\n"
    "On Wednesday the visiting minister was received by Dace Kalnina, Speaker of the Saeima, "
    "in the parliament building.\n"
)


def test_en_visiting_minister_is_the_guest():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Tomas Urrutia Vial", "Dace Kalnina"}) in pairs
    assert frozenset({"Ilze Berzina", "Dace Kalnina"}) not in pairs
