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
