"""A body's sub-body after its possessive whose name lists fields with commas ("the Senate's
Trade, Energy and Water Committee") is still that body's sub-body: a post of it reaches the
holder's honorific and name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run

TEXT = (
    "Speaker hosts Fijian lawmakers\n\n"
    "Speaker of the Legislative Assembly Maria Castellanos held talks on Monday with Deputy "
    "Speaker of the Parliament of Fiji Ratu Jone Vakaloloma.\n\n"
    "The talks were attended by Chairwoman of the Assembly's Tourism, Fisheries and Coastal "
    "Affairs Committee Dr. Helena Mora Quesada, who outlined the work of her panel.\n"
)


def test_en_possessed_listed_committee_keeps_its_chair():
    ex = run(TEXT, "en")
    e = ent(ex, "Helena Mora Quesada")
    assert e.title is not None and e.title.endswith("Coastal Affairs Committee")
    assert ("Helena Mora Quesada", "Tourism, Fisheries and Coastal Affairs Committee") in rels(
        ex, "MEMBER_OF"
    )


def test_en_chair_of_possessed_committee_attends():
    assert frozenset({"Helena Mora Quesada", "Ratu Jone Vakaloloma"}) in met(run(TEXT, "en"))
