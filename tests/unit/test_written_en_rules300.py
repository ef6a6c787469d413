"""An attendee as the subject of "joined the talks", "participated in the meeting", "took part in
the talks" or "were also present on the occasion" after a meeting told: the attendee meets the
other side's principal (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

HEAD = (
    "Andean trade talks\n\n"
    "LA PAZ, Sept 9 -- Bolivia's Minister of Mining Ernesto Quiroga Mamani held talks with "
    "Mongolia's Minister of Mining Tsetseg Batjargal at the ministry on Wednesday.\n"
)


def _pairs(tail: str):
    return met(run(HEAD + tail + "\n", "en"))


def test_en_joined_the_talks_attends():
    pairs = _pairs("Mongolia's Ambassador to Brazil Ganbold Erdene joined the talks.")
    assert frozenset({"Ganbold Erdene", "Ernesto Quiroga Mamani"}) in pairs
    assert frozenset({"Ganbold Erdene", "Tsetseg Batjargal"}) not in pairs


def test_en_participated_in_the_meeting_attends():
    pairs = _pairs("Mongolia's Ambassador to Brazil Ganbold Erdene participated in the meeting.")
    assert frozenset({"Ganbold Erdene", "Ernesto Quiroga Mamani"}) in pairs


def test_en_took_part_in_the_talks_attends():
    pairs = _pairs("Mongolia's Ambassador to Brazil Ganbold Erdene took part in the talks.")
    assert frozenset({"Ganbold Erdene", "Ernesto Quiroga Mamani"}) in pairs


def test_en_present_on_the_occasion_attends():
    pairs = _pairs(
        "Bolivia's Vice Minister of Mining Rosa Choque and Mongolia's Ambassador to Brazil "
        "Ganbold Erdene were also present on the occasion."
    )
    assert frozenset({"Rosa Choque", "Tsetseg Batjargal"}) in pairs
    assert frozenset({"Ganbold Erdene", "Ernesto Quiroga Mamani"}) in pairs
    assert frozenset({"Rosa Choque", "Ganbold Erdene"}) not in pairs
