"""An attendee named after "and the <title with its remit>," ("the Special Commissioner for Ports,
Shipping and Inland Waterways, Ms. Y"): the long title joins Y to the attendees listed before it
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Trade envoy in Valdoria\n\n"
    "The Minister of Commerce of Norland, Petra Lindqvist, held talks in Valdor on Monday with "
    "Marco Tessaro, Governor of the Central Bank of Valdoria.\n\n"
    "The State Secretary for Commerce, Mr. Jonas Arvik, and the Special Commissioner for Ports, "
    "Shipping and Inland Waterways, Ms. Irena Holm, attended the talks.\n"
)


def test_en_attendee_before_a_long_title_joins_the_list():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Jonas Arvik", "Marco Tessaro"}) in pairs
    assert frozenset({"Irena Holm", "Marco Tessaro"}) in pairs
    assert frozenset({"Jonas Arvik", "Irena Holm"}) not in pairs
