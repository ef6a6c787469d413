"""A body with its parent's "of the" phrase right after it ("the Press Office of the Transition
Council", "the Office of the Clerk of the Senate") is also named whole with that phrase, besides
its short name; the parent stays a body of its own. A relation noun written lower-case after "for"
takes its "with" complement into the name ("Delegation for relations with the Baltic states"). A
committee's "on" subject that is a serial list of fields is its name whole, even when its first
field's words are all common ones ("Committee on Foreign Trade, Energy and Climate") (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

TEXT = (
    "Chad's Foreign Minister Idriss Mahamat received the UN envoy Karin Berg in N'Djamena. A "
    "statement issued on Sunday by the Press Office of the Transition Council announced a new "
    "cabinet."
)


def test_en_sub_body_is_named_with_its_parent_phrase():
    ex = run(TEXT, "en")
    office = ent(ex, "Press Office of the Transition Council")
    assert office.type == "Agency"
    assert "Transition Council" in names(ex, "Agency")
    assert (office.name, "Transition Council") in rels(ex, "MEMBER_OF")


LETTER = (
    "Mart Kask, who leads a group of Estonian lawmakers, later called at the Office of the "
    "President of the Senate of Paraguay to sign the visitors' book."
)


def test_en_office_of_a_post_is_named_with_the_post_s_body():
    ex = run(LETTER, "en")
    office = ent(ex, "Office of the President of the Senate of Paraguay")
    assert office.type == "Agency"


RELATIONS = (
    "Members of the Parliament's Delegation for relations with the Andean countries toured the "
    "port of Valparaiso on Monday with Chile's Transport Minister Rosa Pinto."
)


def test_en_lower_case_relations_phrase_stays_in_the_name():
    ex = run(RELATIONS, "en")
    body = "Delegation for relations with the Andean countries"
    assert body in names(ex, "Agency")


TOPIC = (
    "Karl Ots told the Committee on International Affairs, Energy and Climate that Estonia would "
    "open an embassy in Montevideo."
)


def test_en_committee_subject_list_stays_whole():
    ex = run(TOPIC, "en")
    body = "Committee on International Affairs, Energy and Climate"
    assert body in names(ex, "Agency")
