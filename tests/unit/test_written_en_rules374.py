""" "X was welcomed at <place> by (the) members of <body>": a passive welcome whose agent is a
body's members is a meeting of X with that body, and no statement (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run, said

TEXT = (
    "Readout of the Minister's meeting with the Chilean Foreign Minister\n\n"
    "Minister of Foreign Affairs Hanna Lindqvist Berg hosted Chile's Minister of Foreign Affairs "
    "Rodrigo Alvear Pinto in Stockholm today.\n\n"
    "The ministers discussed trade in copper and lithium.\n\n"
    "Later in the day, the Chilean minister was welcomed at the Riksdag by members of the "
    "Committee on Foreign Affairs.\n"
)


def test_en_passive_welcome_by_members_is_a_meeting_with_their_body():
    ex = run(TEXT, "en")
    assert frozenset({"Rodrigo Alvear Pinto", "Committee on Foreign Affairs"}) in met(ex)


def test_en_passive_welcome_by_members_is_no_statement():
    ex = run(TEXT, "en")
    assert not any("Later in the day" in q for _s, q in said(ex))
