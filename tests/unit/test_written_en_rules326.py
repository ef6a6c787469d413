""" "X was (also) part of the delegation": the officials before "part of" belong to the body
right after it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT = (
    "Fisheries accord signed\n\n"
    "Together with two trade envoys, Finance Minister Maren Solvik was also part of the Norwegian "
    "delegation that signed the fisheries accord in Reykjavik.\n"
)


def test_en_part_of_a_delegation_is_membership():
    assert ("Maren Solvik", "Norwegian delegation") in rels(run(TEXT, "en"), "MEMBER_OF")


CLAUSES = (
    "Border post reopens\n\n"
    "Prime Minister Alma Fenwick received Governor Otto Brandl on Monday, and Deputy Minister "
    "Ruth Caine was part of the Austrian delegation. Later she thanked Mayor Rolf Dekker, who was "
    "part of the Dutch delegation.\n"
)


def test_en_part_of_takes_only_its_own_clause_officials():
    members = rels(run(CLAUSES, "en"), "MEMBER_OF")
    assert ("Ruth Caine", "Austrian delegation") in members
    assert ("Otto Brandl", "Austrian delegation") not in members
    assert ("Alma Fenwick", "Dutch delegation") not in members
