"""Meetings told, then a phone call, then "X attended the meetings": X attended the meetings held
in person before the call, not the call (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Castria's foreign minister receives visitors\n\n"
    "LISVIK, May 3 - Foreign Minister Paulo Ortega of Castria received Henrik Dahl, Defence "
    "Minister of Norland, at the ministry on Wednesday to review mine clearance on their shared "
    "frontier.\n\n"
    "Ortega later held talks with Anneli Roos, Estmark's Minister of Health.\n\n"
    "Before leaving for the airport, Ortega had a phone conversation with Westmark's Prime "
    "Minister, Carl Moen.\n\n"
    "Ms. Rosa Quintal, Secretary-General of the ministry, attended the meetings.\n"
)


def test_en_attendee_of_the_meetings_told_before_a_call():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Rosa Quintal", "Henrik Dahl"}) in pairs
    assert frozenset({"Rosa Quintal", "Anneli Roos"}) in pairs
    assert not any("Carl Moen" in p and "Rosa Quintal" in p for p in pairs)


def test_en_two_calls_in_a_row_are_passed_over():
    text = TEXT.replace(
        "Ms. Rosa Quintal",
        "She then phoned the Foreign Minister of Southmark, Ida Brenna.\n\nMs. Rosa Quintal",
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Rosa Quintal", "Anneli Roos"}) in pairs
    assert not any("Carl Moen" in p or "Ida Brenna" in p for p in pairs)


def test_en_a_call_between_meetings_is_not_attended():
    text = TEXT.replace(
        "Ortega later held talks with Anneli Roos",
        "At noon, Ortega spoke by video link with Lundavia's Minister of Energy, Tariq Osei.\n\n"
        "Ortega later held talks with Anneli Roos",
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Rosa Quintal", "Henrik Dahl"}) in pairs
    assert not any("Tariq Osei" in p for p in pairs)
