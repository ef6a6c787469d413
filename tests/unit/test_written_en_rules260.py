"""A body whose name opens with an international organisation's acronym ("AU Commission"),
the organisation named in the article with that acronym, is part of it (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "Minister briefs African Union on border talks\n"
    "ADDIS ABABA - The minister on Tuesday briefed the African Union (AU) on the border talks, "
    "and later met officials of the AU Commission and members of the AU Peace and Security "
    "Council."
)


def test_en_body_opening_with_the_acronym_is_part_of_the_organisation():
    got = rels(run(_TEXT, "en"), "MEMBER_OF")
    assert ("AU Commission", "African Union") in got
    assert ("AU Peace and Security Council", "African Union") in got
