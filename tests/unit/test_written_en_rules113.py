"""Round-23 statement rule (English): a joint subject naming a post ("Both Ministers commended
…") speaks for the latest meeting whose two sides each hold that post, not for a later call of
one of them on a president; a joint subject naming no post ("The two sides") keeps the current
meeting (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "1. The fifth session of the Ruritania–Freedonia Joint Commission was held in Zenda on "
    "Monday.\n"
    "2. The session was co-chaired by Honourable Dr. Karel Novotny, Minister of Foreign Affairs "
    "of Ruritania, and Honourable Lucia Marquez Ortega, Minister of Trade of Freedonia.\n"
    "3. On the margins of the session, the Freedonian Minister paid a courtesy call on His "
    "Excellency Anton Wessely, President of Ruritania, at State House.\n"
)


def test_en_both_ministers_speak_for_the_ministers_meeting():
    ex = run(
        _TEXT + "4. Both Ministers commended the regional bloc for its mediation in the "
        "border dispute.",
        "en",
    )
    speakers = {s for s, q in said(ex) if q.startswith("the regional bloc")}
    assert speakers == {"Karel Novotny", "Lucia Marquez Ortega"}


def test_en_the_two_sides_keep_the_current_meeting():
    ex = run(_TEXT + "4. The two sides affirmed the importance of the new railway link.", "en")
    speakers = {s for s, q in said(ex) if "railway" in q}
    assert "Anton Wessely" in speakers
