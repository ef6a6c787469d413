""" "In the evening, the <demonym> official held a meeting with X": a country-marked unnamed
subject of a meeting noun is that country's official, not the release's topic (the host, of the
other side) (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Latvian transport minister in Lisbon\n\n"
    "LISBON, 2 June -- Portugal's Minister of Infrastructure Duarte Falcao Mendes hosted on "
    "Thursday Latvian Transport Minister Inese Kalnina for talks on rail links.\n\n"
    "Present at the talks was Undersecretary of the Ministry of Infrastructure Joana Peixoto "
    "Ramos.\n\n"
    "In the evening, the Latvian official held a meeting with President of the Lisbon Port "
    "Authority Carlos Bettencourt.\n"
)


def test_en_country_marked_unnamed_subject_holds_the_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Inese Kalnina", "Carlos Bettencourt"}) in pairs
    assert not any("Carlos Bettencourt" in p and "Inese Kalnina" not in p for p in pairs)
