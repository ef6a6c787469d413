"""Words that are no body's name: a day of the week before a body's acronym is a time ("late on
Saturday <ACRONYM> Representative X"); a body's head word ending a hyphened compound title
("Chair-in-Office") is no body; a courtesy call on such a title set off by a comma before the
holder's own title and name reaches the holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Kitchens in Inhambane\n\n"
    "Late on Saturday UNICEF Representative Grete Vestrheim and Education Minister Filomena "
    "Mabunda toured the school kitchens of Inhambane together.\n"
)


def test_en_weekday_is_no_word_of_the_body_name():
    ex = run(TEXT, "en")
    assert "UNICEF" in names(ex, "Agency")
    assert ("Grete Vestrheim", "UNICEF") in rels(ex, "MEMBER_OF")


HYPHENED = (
    "Forum opens in Mdina\n\n"
    "The Chair-in-Office of the regional forum, Mr. Bozhidar Valchev, opened the session. "
    "The Chair-in-Office urged the delegations to agree on the fisheries text.\n"
)


def test_en_head_word_ending_a_hyphened_title_is_no_body():
    ex = run(HYPHENED, "en")
    assert "Office" not in names(ex, "Agency")


CALL = (
    "Fisheries round in Mdina\n\n"
    "Minister Oskar Lindfors, in Mdina for the fisheries round, paid a courtesy call on the Forum "
    "Chair-in-Office, Deputy Prime Minister Bozhidar Valchev.\n"
)


def test_en_courtesy_call_on_hyphened_title_reaches_the_holder():
    assert frozenset({"Oskar Lindfors", "Bozhidar Valchev"}) in met(run(CALL, "en"))
