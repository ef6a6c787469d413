"""A plural member title after two officials joined by "and" ("Senator A and Senator B, members
of the X Committee") makes each of them a member of the body, the first as well as the one it
stands next to (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "Peruvian senators back highland irrigation plan"
TEXT = (
    "CUSCO - Senator Rosa Quispe and Senator Diego Salazar, members of the Budget Committee of "
    "the Peruvian Senate, toured the dry valleys on Friday, a week after Agriculture Minister "
    "Julio Vargas unveiled the plan.\n"
)


def test_en_members_title_after_two_names():
    members = rels(run(TEXT, "en", title=TITLE), "MEMBER_OF")
    assert ("Rosa Quispe", "Budget Committee") in members
    assert ("Diego Salazar", "Budget Committee") in members
    assert ("Julio Vargas", "Budget Committee") not in members
