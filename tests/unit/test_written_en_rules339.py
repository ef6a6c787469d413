"""A body's sub-body after its possessive whose name lists fields with commas ("the Chamber's
Mining, Energy and Environment Committee") is still that body's sub-body: a post of it reaches the
holder's honorific and name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run

TEXT = (
    "Icelandic lawmakers tour Chilean lithium sites\n\n"
    "President of the Chamber of Deputies of Chile Rodrigo Saavedra Pinto received on Monday in "
    "Valparaiso the Speaker of the Althingi of Iceland, Birna Gudmundsdottir, and her "
    "delegation.\n\n"
    "Vice-Chair of the Chamber's Mining, Energy and Environment Committee Prof. Tomas Errazuriz "
    "Lagos also took part in the talks, and will guide the guests through the Atacama salt flats "
    "on Wednesday.\n"
)


def test_en_possessed_listed_committee_keeps_its_holder():
    ex = run(TEXT, "en")
    e = ent(ex, "Tomas Errazuriz Lagos")
    assert e.title is not None and e.title.endswith("Environment Committee")
    assert ("Tomas Errazuriz Lagos", "Mining, Energy and Environment Committee") in rels(
        ex, "MEMBER_OF"
    )


def test_en_holder_of_the_listed_committee_attends():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Tomas Errazuriz Lagos", "Birna Gudmundsdottir"}) in pairs
