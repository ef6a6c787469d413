""" "met (with) (senior) officials of <body>": staff named right after the meeting verb are the
body's side of the meeting; staff in a list of companions are not (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Fisheries minister in Port Louis\n\n"
    "PORT LOUIS, 9 June -- The Minister of Blue Economy of Seychelles, Corinne Ally Payet, "
    "called on her host, the Minister of Agro-Industry Devendra Boolell Ramsamy, on Tuesday.\n\n"
    "On the second day of her stay, Payet met senior officials of the Mauritius Ports Authority "
    "to look at cold storage on the quays.\n"
)

COMPANIONS = (
    "Fisheries minister in Port Louis\n\n"
    "PORT LOUIS, 9 June -- The Minister of Blue Economy of Seychelles, Corinne Ally Payet, "
    "met the Minister of Agro-Industry Devendra Boolell Ramsamy on Tuesday, accompanied by "
    "officials of the Mauritius Ports Authority.\n"
)


def test_en_staff_after_the_meeting_verb_put_their_body_at_the_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Corinne Ally Payet", "Mauritius Ports Authority"}) in pairs


def test_en_staff_among_companions_leave_their_body_out():
    pairs = met(run(COMPANIONS, "en"))
    assert not any("Mauritius Ports Authority" in p for p in pairs)
