"""A day of the week before a body's acronym is a time, never a word of the body's name
("received on Friday <ACRONYM> Country Director X") (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Schools plan in Maputo\n\n"
    "The Minister of Education, Ms. Filomena Cossa, received on Friday UNICEF Country Director "
    "Mr. Tobias Lindqvist to review the school meals plan.\n"
)


def test_en_weekday_is_no_word_of_the_body_name():
    ex = run(TEXT, "en")
    assert "UNICEF" in names(ex, "Agency")
    assert ("Tobias Lindqvist", "UNICEF") in rels(ex, "MEMBER_OF")
