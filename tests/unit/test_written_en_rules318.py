"""Attendees named after "(Also) present at the talks and (the) dinner was/were": the meeting told
and the meal that followed it, both named, take the attendees (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "River transport talks\n\n"
    "Foreign Secretary Hana Roost received the Foreign Minister of Osmia, Pavel Ostrov, at Velmora "
    "Castle on Friday afternoon; the two sides then stayed on for dinner.\n\n"
    "Present at the talks and dinner was Deputy Foreign Secretary Ines Falk.\n"
)


def test_en_attendee_of_the_meeting_and_the_meal():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Hana Roost", "Pavel Ostrov"}) in pairs
    assert frozenset({"Ines Falk", "Pavel Ostrov"}) in pairs
    assert frozenset({"Ines Falk", "Hana Roost"}) not in pairs


def test_en_the_nine_word_form_with_also_and_the_article_is_found():
    text = (
        "Cyber pact\n\n"
        "Interior Minister Tobias Wren hosted Osmia's Security Minister, Pavel Ostrov, for a "
        "working meeting at the ministry and a lunch at the Lakeside Club in Velmora on Monday.\n\n"
        "Also present at the meeting and the lunch were the Chief of Police, Ines Falk, and the "
        "Director of Network Security, Mara Lind.\n"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Ines Falk", "Pavel Ostrov"}) in pairs
    assert frozenset({"Mara Lind", "Pavel Ostrov"}) in pairs
