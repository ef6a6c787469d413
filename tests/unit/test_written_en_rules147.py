"""A joint form ("both sides", "the two sides") closing a quotation right before an inverted
reporting verb ('"… on both sides," said Minister X') is the quotation's words, not the verb's
subject: the named speaker after the verb says it alone (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Today, the Honourable Claire Dubois-Martin, Minister of Foreign Affairs, welcomed Peru's "
    "Minister of Foreign Affairs, Jorge Salas Ortega, to Ottawa.\n\n"
    "Earlier in the day, Minister Salas Ortega had a brief meeting with the Honourable Paul "
    "Leblanc, Minister of Natural Resources.\n\n"
    '"Peru and Canada share an ocean. Today we set out an agenda to create jobs on both sides," '
    "said Minister Dubois-Martin."
)


def test_en_both_sides_inside_quote_is_not_a_joint_subject():
    ex = run(TEXT, "en")
    speakers = {s for s, q in said(ex) if q.startswith("Peru and Canada")}
    assert speakers == {"Claire Dubois-Martin"}


def test_en_two_sides_as_subject_still_joint():
    ex = run(
        "Minister Anna Kowal met Chile's Foreign Minister Pablo Ibarra in Warsaw on Friday. "
        "The two sides stressed that trade should double by 2030.",
        "en",
    )
    speakers = {s for s, q in said(ex) if q.startswith("trade should double")}
    assert speakers == {"Anna Kowal", "Pablo Ibarra"}
