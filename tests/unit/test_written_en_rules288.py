"""A body with its parent's "of the" phrase right after it ("the Information Office of the
Constituent Assembly", "the Office of the Speaker of a National Assembly") is also named whole with
that phrase, besides its short name; the parent stays a body of its own. A relation noun written
lower-case after "for" takes its "with" complement into the name ("Delegation for relations with
the Maghreb countries"). A committee's "on" subject that is a serial list of fields is its name
whole, even when its first field is a common word only ("Committee on Cooperation, Migration and
Sport") (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

TEXT = (
    "According to the Information Office of the Constituent Assembly, the vote on the new "
    "charter was put off until Thursday."
)


def test_en_sub_body_is_named_with_its_parent_phrase():
    ex = run(TEXT, "en")
    office = ent(ex, "Information Office of the Constituent Assembly")
    assert office.type == "Agency"
    assert "Constituent Assembly" in names(ex, "Agency")
    assert (office.name, "Constituent Assembly") in rels(ex, "MEMBER_OF")


JUBILEE = (
    "Staff of the Office of the Speaker of the National Assembly of Malawi moved into the new "
    "wing on Monday."
)


def test_en_office_of_a_post_is_named_with_the_post_s_body():
    ex = run(JUBILEE, "en")
    office = ent(ex, "Office of the Speaker of the National Assembly of Malawi")
    assert office.type == "Agency"


RELATIONS = (
    "The Delegation for relations with the Maghreb countries, a body of the European Parliament, "
    "toured a desalination plant near Agadir on Tuesday."
)


def test_en_lower_case_relations_phrase_stays_in_the_name():
    ex = run(RELATIONS, "en")
    body = "Delegation for relations with the Maghreb countries"
    assert body in names(ex, "Agency")


TOPIC = (
    "Hanna Virtanen briefed the Committee on Cooperation, Migration and Sport about the new visa "
    "rules for seasonal workers."
)


def test_en_committee_subject_list_stays_whole():
    ex = run(TOPIC, "en")
    body = "Committee on Cooperation, Migration and Sport"
    assert body in names(ex, "Agency")
