""" "Also present for the talks were X and Y": "present for" tells attendees as "present at"
does; they meet the delegation the host received, not its head (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Hatchery cooperation discussed\n\n"
    "The Minister of Fisheries, Teodor Renkwell, this morning received at the lakeside annex of "
    "his ministry a delegation of the Senate of Paraguay led by Senator Mirela Castroviejo.\n\n"
    "Also present for the talks were the Permanent Secretary, Halvard Pettigrue, and the "
    "Director of Inland Waters, Brisca Varhold.\n"
)


def test_en_present_for_the_talks_tells_attendees():
    pairs = met(run(TEXT, "en"))
    deleg = "delegation of the Senate of Paraguay"
    assert frozenset({"Teodor Renkwell", deleg}) in pairs
    assert frozenset({"Halvard Pettigrue", deleg}) in pairs
    assert frozenset({"Brisca Varhold", deleg}) in pairs
    assert not any("Mirela Castroviejo" in p for p in pairs)
