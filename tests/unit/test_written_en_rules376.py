"""A session with a party named right after "with" is a meeting, as a working session is
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Irish farm minister in Bergen\n\n"
    "BERGEN, 11 May -- Ireland's Minister for Agriculture, Declan Moriarty Keane, arrived in "
    "Norway on Tuesday for a two-day visit.\n\n"
    "On Wednesday Keane had a closed-door session with members of the Norwegian Food Safety "
    "Authority on salmon certification.\n"
)


def test_en_session_with_a_body_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Declan Moriarty Keane", "Norwegian Food Safety Authority"}) in pairs
