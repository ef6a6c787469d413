""" "<a fronted phrase>, the delegation held a meeting at the <place noun> of the <body> with its
<head>": the delegation after a short fronted adverbial is still the subject that holds the
meeting, and a body named inside such a phrase is where it was held, not its holder (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Lithuanian trade delegation tours Amman\n\n"
    "AMMAN, Nov 20 - Jordan's Minister of Industry Yousef Abu Ghazaleh welcomed a trade "
    "delegation from Lithuania on Sunday.\n\n"
    "On Monday morning, the Lithuanian delegation had a meeting at the offices of the Amman "
    "Chamber with its President Fathi Saleh Al-Jaghoub.\n\n"
    "After lunch, the Lithuanian delegation had a meeting with Director of the Aqaba Free Zone "
    "Rami Khalil Bataineh-Odeh.\n"
)


def test_en_delegation_after_fronted_phrase_holds_meeting_at_a_bodys_premises():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Lithuanian trade delegation", "Fathi Saleh Al-Jaghoub"}) in pairs
    assert frozenset({"Lithuanian trade delegation", "Rami Khalil Bataineh-Odeh"}) in pairs
    assert frozenset({"Fathi Saleh Al-Jaghoub", "Rami Khalil Bataineh-Odeh"}) not in pairs
