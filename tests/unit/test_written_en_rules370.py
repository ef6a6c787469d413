""" "<time>, the <demonym> official held a meeting with X": a country-marked unnamed subject of a
meeting noun is that country's official who holds the title, not the release's topic (the host,
of the other side) (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Mongolian mining minister visits Santiago\n\n"
    "SANTIAGO, 21 September -- Chile's Minister of Mining Ignacio Larrain welcomed Mongolia's "
    "Minister of Mining and Heavy Industry Bolormaa Tserendorj to a copper smelter outside the "
    "capital.\n\n"
    "Before flying home, the Mongolian official held a working meeting with Governor of the "
    "Biobio Region Patricio Araya on training mine engineers.\n"
)


def test_en_country_marked_unnamed_subject_holds_the_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Bolormaa Tserendorj", "Patricio Araya"}) in pairs
    assert not any("Patricio Araya" in p and "Bolormaa Tserendorj" not in p for p in pairs)
