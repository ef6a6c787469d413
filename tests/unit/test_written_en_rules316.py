"""A bare "the Minister" names the official who holds the plain role of minister beside a deputy
premiership ("Deputy Prime Minister and Minister for X"), not the other minister of the meeting
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run, said

TEXT = (
    "Farm exports\n\n"
    "Deputy Prime Minister and Minister for Agriculture Hana Roost flew to Karvos on Tuesday for "
    "talks with the Osmian Minister of Trade, Pavel Ostrov.\n\n"
    "At a press conference afterwards, the Minister said grain sales to Osmia could double within "
    "two years.\n"
)


def test_en_the_minister_is_the_deputy_premier_holding_the_plain_role():
    ex = run(TEXT, "en")
    assert "the Minister" in ent(ex, "Hana Roost").aliases
    assert "the Minister" not in ent(ex, "Pavel Ostrov").aliases
    assert [s for s, _q in said(ex)] == ["Hana Roost"]
