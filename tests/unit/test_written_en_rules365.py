"""A head-final body named after an article by a serial list of fields, some of them phrases of
several capitalised words ("the Justice, Human Rights and Public Security Committee"): the whole
list is the body's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Senate panel hosts visitors\n\n"
    "Senator Lucia Ferrand, who chairs the Justice, Human Rights and Public Security Committee, "
    "welcomed a group of judges from Norland to the chamber on Monday.\n\n"
    "In Valdor, the head of the Water, Coastal Protection and Inland Fisheries Authority, Omar "
    "Pirelli, said the new dykes would be ready in spring.\n"
)


def test_en_serial_list_of_phrases_names_a_head_final_body():
    ex = run(TEXT, "en")
    agencies = names(ex, "Agency")
    assert "Justice, Human Rights and Public Security Committee" in agencies
    assert "Water, Coastal Protection and Inland Fisheries Authority" in agencies
    assert ("Omar Pirelli", "Water, Coastal Protection and Inland Fisheries Authority") in rels(
        ex, "MEMBER_OF"
    )
