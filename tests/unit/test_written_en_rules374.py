"""A passive welcome whose agent is a body's members ("<X> was welcomed (somewhere) by members
of <body>") is a meeting of X with that body, and no statement (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run, said

TEXT = (
    "Portuguese economy minister in Slovenia\n\n"
    "LJUBLJANA, 22 January -- Portugal's Minister of Economy, Ines Carvalho Matos, arrived in "
    "Slovenia on Thursday for a three-day visit focused on rail freight.\n\n"
    "On Friday afternoon, Matos was welcomed in the parliament building by members of the "
    "Committee on the Economy, who asked about rail freight.\n"
)


def test_en_passive_welcome_by_members_is_a_meeting_with_their_body():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Ines Carvalho Matos", "Committee on the Economy"}) in pairs


def test_en_passive_welcome_by_members_is_no_statement():
    ex = run(TEXT, "en")
    assert not any(s == "Ines Carvalho Matos" for s, _q in said(ex))
