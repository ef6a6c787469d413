"""Attendees named after "Also present at the meeting and (the) dinner were": the meeting told and
the meal that followed it, both named, take the attendees (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Ruritanian premier in Dunmore\n\n"
    "Chancellor Olek Varga welcomed the Prime Minister of Ruritania, Amos Kiptoo, to the Old "
    "Palace on Thursday evening for talks followed by a state dinner.\n\n"
    "Also present at the talks and the dinner were the Minister for Ports, Ruth Elling, and "
    "Ambassador Tom Baird.\n"
)


def test_en_attendees_of_the_meeting_and_the_meal():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Olek Varga", "Amos Kiptoo"}) in pairs
    assert frozenset({"Ruth Elling", "Amos Kiptoo"}) in pairs
    assert frozenset({"Tom Baird", "Amos Kiptoo"}) in pairs
    assert frozenset({"Ruth Elling", "Olek Varga"}) not in pairs
