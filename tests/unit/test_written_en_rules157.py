"""English "received a cable / message / letter of thanks from X": a message received, no meeting
with its sender (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_cable_of_thanks_is_no_meeting():
    ex = run(
        "The Speaker of Parliament, Jonas Petraitis, received a cable of thanks from the President"
        " of the Senate of Chile, Tomas Reyes, in response to his congratulatory cable.",
        "en",
    )
    assert met(ex) == set()


def test_en_letter_of_thanks_is_no_meeting():
    ex = run(
        "Foreign Minister Ilze Berzina received a letter of thanks from Chilean Foreign Minister"
        " Tomas Reyes.",
        "en",
    )
    assert met(ex) == set()
