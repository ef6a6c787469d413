"""A delegation named by the article and the participle of visiting is the delegation told
before, as the bare "the delegation" is: a list of people it comprises are its members
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT = (
    "Hanoi, Aug 21 (VNA) - A delegation from Uruguay led by Minister of Industry Paula Ferreyra "
    "Rossi began a three-day visit to Vietnam on Monday.\n\n"
    "The visiting delegation, which arrived on an overnight flight from Seoul, was made up of "
    "Deputy Minister of Energy Martin Acosta Brum and Senator Lucia Viera Sosa.\n"
)


def test_en_visiting_delegation_lists_its_members():
    got = rels(run(TEXT, "en"), "MEMBER_OF")
    assert ("Martin Acosta Brum", "delegation from Uruguay") in got
    assert ("Lucia Viera Sosa", "delegation from Uruguay") in got
