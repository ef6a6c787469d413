""" "X called on Minister Y to discuss Z": a courtesy visit with its purpose, a meeting, not an
appeal to Y; "called on Y to <act>" still urges (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

VISIT = (
    "Trade envoy in Lisbon\n\n"
    "Ambassador Karel Vondrasek, Deputy Minister for Economic Diplomacy of the Czech Republic, "
    "arrived in Lisbon on Friday. During his stay, Ambassador Vondrasek called on Portugal's "
    "Minister of the Economy, the Honourable Rita Sampaio Leal, to discuss Czech investment in "
    "Portuguese ports.\n"
)

APPEAL = (
    "Opposition leader urges minister\n\n"
    "Opposition leader Senator Tomasz Wrobel called on Finance Minister Agata Lisowska to "
    "withdraw the draft budget before the vote.\n"
)


def test_en_called_on_an_official_to_discuss_is_a_visit():
    ex = run(VISIT, "en")
    assert frozenset({"Karel Vondrasek", "Rita Sampaio Leal"}) in met(ex)
    assert not [q for sp, q in said(ex) if sp == "Karel Vondrasek"]


def test_en_called_on_an_official_to_act_stays_an_appeal():
    ex = run(APPEAL, "en")
    assert not met(ex)
    assert [q for sp, q in said(ex) if sp == "Tomasz Wrobel"]
