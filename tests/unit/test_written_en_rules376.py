""" "held a session with <body>": a session with a party named right after "with" is a meeting,
as a working session is (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Senate President receives Kenyan parliamentary delegation\n\n"
    "WINDHOEK, 2 May (NAMPA) -- The President of the National Council of Namibia, Lukas "
    "Hamutenya Nghidinwa, received a parliamentary delegation from the National Assembly of "
    "Kenya led by Deputy Speaker Grace Wambui Njoroge.\n\n"
    "The Kenyan delegation later held a session with the Standing Committee on Economics to "
    "discuss fish exports.\n"
)


def test_en_session_with_a_body_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    pair = frozenset({"Kenyan parliamentary delegation", "Standing Committee on Economics"})
    assert pair in pairs
