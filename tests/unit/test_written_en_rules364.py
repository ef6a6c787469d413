"""A readout of several meetings, then a call, then "X attended the meetings": X attended the
meetings held in person before the call, not the call (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Readouts of the Prime Minister's meetings\n\n"
    "The Prime Minister met this morning with Teodor Vassel, Foreign Minister of Norland. They "
    "reviewed the situation of displaced families along the border.\n\n"
    "The Prime Minister then met with Amira Solberg, Minister of Interior of Estmark.\n\n"
    "Later, the Prime Minister spoke by telephone with the President of Westmark about the "
    "winter appeal.\n\n"
    "The Chief of Staff, Mr. Kofi Brandt, attended the meetings.\n"
)


def test_en_attendee_of_the_meetings_told_before_a_call():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Kofi Brandt", "Teodor Vassel"}) in pairs
    assert frozenset({"Kofi Brandt", "Amira Solberg"}) in pairs
    assert not any("President of Westmark" in p for p in pairs)
