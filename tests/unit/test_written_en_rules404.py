"""Words that are no body's name: a day of the week before a body's acronym is a time ("received
on Friday <ACRONYM> Country Director X"); a body's head word ending a hyphened compound title
("Chair-in-Office") is no body; a courtesy call on such a title set off by a comma before the
holder's own title and name reaches the holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Schools plan in Maputo\n\n"
    "The Minister of Education, Ms. Filomena Cossa, received on Friday UNICEF Country Director "
    "Mr. Tobias Lindqvist to review the school meals plan.\n"
)


def test_en_weekday_is_no_word_of_the_body_name():
    ex = run(TEXT, "en")
    assert "UNICEF" in names(ex, "Agency")
    assert ("Tobias Lindqvist", "UNICEF") in rels(ex, "MEMBER_OF")


HYPHENED = (
    "Forum opens in Valletta\n\n"
    "The Chair-in-Office of the regional forum, Mr. Teodor Valchev, opened the session. "
    "The Chair-in-Office urged the delegations to agree on the fisheries text.\n"
)


def test_en_head_word_ending_a_hyphened_title_is_no_body():
    ex = run(HYPHENED, "en")
    assert "Office" not in names(ex, "Agency")


CALL = (
    "Forum opens in Valletta\n\n"
    "On Tuesday, Minister Oskar Lindfors paid a courtesy call on the Forum Chair-in-Office, "
    "Deputy Prime Minister Teodor Valchev, at the Auberge de Castille.\n"
)


def test_en_courtesy_call_on_hyphened_title_reaches_the_holder():
    assert frozenset({"Oskar Lindfors", "Teodor Valchev"}) in met(run(CALL, "en"))
