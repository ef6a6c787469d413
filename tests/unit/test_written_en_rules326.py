""" "X and Y were part of the delegation": the officials before "part of" belong to the body
right after it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT = (
    "Angolan team at the harbour forum\n\n"
    "Governor of Benguela Province Mr. Paulo Santos and Director-General of Customs Ms. Lina "
    "Duarte were part of the Angolan delegation at the harbour forum, which closed on Sunday.\n"
)


def test_en_part_of_a_delegation_is_membership():
    members = {s for s, t in rels(run(TEXT, "en"), "MEMBER_OF") if t == "Angolan delegation"}
    assert {"Paulo Santos", "Lina Duarte"} <= members
