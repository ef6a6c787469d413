""" "X called on Minister Y to discuss Z": a courtesy visit with its purpose, a meeting, not an
appeal to Y; "called on Y to <act>" still urges (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

VISIT = (
    "Belgian minister in Accra\n\n"
    "Belgian Deputy Prime Minister Ilse Vandermeulen flew into Accra on Wednesday for a "
    "three-day mining mission. On Thursday Vandermeulen called on Lands Minister Kofi Asante "
    "Darko to discuss cobalt refining and a geological survey of the Ashanti belt.\n"
)

APPEAL = (
    "Opposition leader urges minister\n\n"
    "Opposition leader Senator Tomasz Wrobel called on Finance Minister Agata Lisowska to "
    "withdraw the draft budget before the vote.\n"
)


def test_en_called_on_an_official_to_discuss_is_a_visit():
    ex = run(VISIT, "en")
    assert frozenset({"Ilse Vandermeulen", "Kofi Asante Darko"}) in met(ex)
    assert not [q for sp, q in said(ex) if sp == "Ilse Vandermeulen"]


def test_en_called_on_an_official_to_act_stays_an_appeal():
    ex = run(APPEAL, "en")
    assert not met(ex)
    assert [q for sp, q in said(ex) if sp == "Tomasz Wrobel"]
