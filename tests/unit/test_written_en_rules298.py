""" "Present for the talks was X", "Also present for the meeting were X and Y": "present for"
tells attendees as "present at" does; they meet the side the host received (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run

ONE_ATTENDEE = (
    "Coastal patrols reviewed\n\n"
    "Interior Minister Carys Penhallow and her Portuguese counterpart, Duarte Albergaria, met in "
    "Falmouth on Monday to go over joint coastal patrols. Present for the talks was the chief of "
    "the coastguard, Wenna Trethewey.\n"
)

TWO_ATTENDEES = (
    "Rail freight corridor\n\n"
    "Transport Minister Matthias Kogelnig welcomed Slovenian Transport Minister Tina Koren to Linz "
    "on Tuesday for talks on a rail freight corridor. Also present for the meeting were State "
    "Secretary Ortrun Weiglhofer and Ambassador Kasimir Stadlmayr.\n"
)


def test_en_present_for_the_talks_was_tells_an_attendee():
    pairs = met(run(ONE_ATTENDEE, "en"))
    assert frozenset({"Carys Penhallow", "Duarte Albergaria"}) in pairs
    assert frozenset({"Wenna Trethewey", "Duarte Albergaria"}) in pairs


def test_en_also_present_for_the_meeting_were_tells_attendees():
    pairs = met(run(TWO_ATTENDEES, "en"))
    assert frozenset({"Ortrun Weiglhofer", "Tina Koren"}) in pairs
    assert frozenset({"Kasimir Stadlmayr", "Tina Koren"}) in pairs
