"""A staff word as the meeting verb's own object ("met with <staff> of <body>") makes the body a
side of the meeting; staff named before the verb, among the official's companions, do not
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Icelandic industry minister tours Dutch port\n\n"
    "ROTTERDAM, 14 October -- Iceland's Minister of Industry, Sigrun Hallgrims Olafsdottir, "
    "began a two-day working visit to the Netherlands on Monday.\n\n"
    "Before touring the container terminal, Olafsdottir met with executives of the Netherlands "
    "Maritime Inspection Authority over fish inspections.\n"
)

COMPANIONS = (
    "Icelandic industry minister tours Dutch port\n\n"
    "ROTTERDAM, 14 October -- Flanked by staff of the Netherlands Maritime Inspection "
    "Authority, Iceland's Minister of Industry, Sigrun Hallgrims Olafsdottir, met the "
    "Dutch Minister for Foreign Trade, Pieter van Dalen Smit, on Monday.\n"
)

BODY = "Netherlands Maritime Inspection Authority"


def test_en_staff_after_the_meeting_verb_put_their_body_at_the_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Sigrun Hallgrims Olafsdottir", BODY}) in pairs


def test_en_staff_among_companions_leave_their_body_out():
    pairs = met(run(COMPANIONS, "en"))
    assert not any(BODY in p for p in pairs)
