""" "Later, the delegation held a meeting at the headquarters of the Chamber with its Chairman Y":
a delegation after a short fronted adverbial is still the subject that holds the meeting, and a
body owning the place named after "at the headquarters of" is the venue, not a side (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Slovak business delegation visits Doha\n\n"
    "DOHA, May 2 - Minister of Trade Ali Hamad Al-Kuwari received on Monday a business "
    "delegation from Slovakia.\n\n"
    "Later, the Slovak delegation held a meeting at the headquarters of the Doha Chamber with "
    "its Chairman Nasser Saad Al-Hajri.\n\n"
    "In the afternoon, the Slovak delegation held a meeting with Chairman of the Port Authority "
    "Salem Saad Al-Marri.\n"
)


def test_en_delegation_after_fronted_phrase_holds_meeting_at_a_bodys_premises():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Slovak business delegation", "Nasser Saad Al-Hajri"}) in pairs
    assert frozenset({"Slovak business delegation", "Salem Saad Al-Marri"}) in pairs
    assert frozenset({"Nasser Saad Al-Hajri", "Salem Saad Al-Marri"}) not in pairs
