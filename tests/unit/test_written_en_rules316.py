"""A bare "the Minister" names the official who holds the plain role of minister beside a deputy
premiership ("Deputy Prime Minister and Minister for X"), not a foreign minister named after him
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Harbour talks in Dunmore\n\n"
    "The Deputy Prime Minister and Minister for Ports, Olek Varga, on Friday hosted the Ruritanian "
    "Minister of Transport, Amos Kiptoo, at the Harbour Hall.\n\n"
    "The Minister was joined by the Ambassador to Ruritania, Ruth Elling.\n"
)


def test_en_the_minister_is_the_deputy_premier_holding_the_plain_role():
    ex = run(TEXT, "en")
    assert "The Minister" in ent(ex, "Olek Varga").aliases
    assert "The Minister" not in ent(ex, "Amos Kiptoo").aliases
    assert frozenset({"Ruth Elling", "Amos Kiptoo"}) in met(ex)
