"""Round-24 MEMBER_OF rule (English), on releases written for the test: the issuing "Office of
the Spokesperson" holds the official whose title ends in that role ("Deputy Spokesperson X");
an official whose title only names the office's words after "of" is no holder."""

from __future__ import annotations

from .helpers import rels, run

_RELEASE = (
    "Deputy Secretary Lindqvist's Call with Chilean Foreign Minister Araya\n"
    "Office of the Spokesperson\n"
    "The following is attributable to Deputy Spokesperson Harold J. Brennan:\n"
    "Deputy Secretary of State Eva Lindqvist spoke today with Chilean Foreign Minister Tomas "
    "Araya Vidal about lithium supply chains.\n"
)


def test_en_issuing_office_of_a_role_holds_the_official_of_that_role():
    assert ("Harold J. Brennan", "Office of the Spokesperson") in rels(
        run(_RELEASE, "en"), "MEMBER_OF"
    )


def test_en_issuing_office_of_a_role_holds_no_other_official():
    members = rels(run(_RELEASE, "en"), "MEMBER_OF")
    assert ("Eva Lindqvist", "Office of the Spokesperson") not in members
    assert ("Tomas Araya Vidal", "Office of the Spokesperson") not in members
