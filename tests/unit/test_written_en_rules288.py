"""A body with its parent's "of the" phrase right after it ("the Press Office of the Transition
Council", "the Office of the Speaker of the Senate") is also named whole with that phrase, besides
its short name; the parent stays a body of its own. A relation noun written lower-case after "for"
takes its "with" complement into the name ("Delegation for relations with the Baltic states"). A
committee's "on" subject that is a serial list of fields is its name whole, even when its first
field's words are all common ones ("Committee on Foreign Trade, Energy and Climate") (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

TEXT = (
    "Chad's Foreign Minister Idriss Mahamat received the UN envoy Karin Berg in N'Djamena. "
    "According to the Press Office of the Transition Council, the talks covered the election "
    "calendar."
)


def test_en_sub_body_is_named_with_its_parent_phrase():
    ex = run(TEXT, "en")
    office = ent(ex, "Press Office of the Transition Council")
    assert office.type == "Agency"
    assert "Transition Council" in names(ex, "Agency")
    assert (office.name, "Transition Council") in rels(ex, "MEMBER_OF")


LETTER = (
    "Senate of Paraguay hosts Estonian lawmakers\n\n"
    "The President of the Senate, Rodrigo Benitez, received a delegation of the Riigikogu led by "
    "Mart Kask.\n\n"
    "Issued by: Office of the President of the Senate of Paraguay\n"
)


def test_en_office_of_a_post_is_named_with_the_post_s_body():
    ex = run(LETTER, "en")
    office = ent(ex, "Office of the President of the Senate of Paraguay")
    assert office.type == "Agency"


RELATIONS = (
    "Chile's Senate President Rodrigo Benitez met Lena Holm, chair of the Parliament's Delegation "
    "for relations with the Andean countries, in Valparaiso."
)


def test_en_lower_case_relations_phrase_stays_in_the_name():
    ex = run(RELATIONS, "en")
    body = "Delegation for relations with the Andean countries"
    assert body in names(ex, "Agency")
    assert ("Lena Holm", body) in rels(ex, "MEMBER_OF")


TOPIC = (
    "Uruguay's Senate President Lucia Ferreira met Karl Ots, chair of the Committee on "
    "International Affairs, Energy and Climate, in Montevideo."
)


def test_en_committee_subject_list_stays_whole():
    ex = run(TOPIC, "en")
    body = "Committee on International Affairs, Energy and Climate"
    assert body in names(ex, "Agency")
    assert ("Karl Ots", body) in rels(ex, "MEMBER_OF")
