"""A minister's fields joined by "and": a field's last noun (a gerund) stays in the ministry
before a name of two words; a one-syllable given name is no gerund (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Ribbon cut at restored museum\n\n"
    "A restored colonial museum reopened in Cuenca after the Minister of Culture and Heritage "
    "Teodomiro Vasques Pinto cut the ribbon on Saturday. At a later briefing Samoa's Minister of "
    "Tourism and Event Marketing Lemalu Aumua promised cheaper flights for young families.\n"
)


def test_en_gerund_closes_a_field_before_a_two_word_name():
    # the field's last noun is a gerund: it stays in the ministry, the name is the two words after
    # it (a run of three words after joined fields is not read as a name of three: a field's last
    # word is written as a given name would be)
    ex = run(TEXT, "en")
    assert "Lemalu Aumua" in names(ex, "Official")
    assert ("Lemalu Aumua", "Ministry of Tourism and Event Marketing") in rels(ex, "MEMBER_OF")


SHORT_GIVEN = (
    "Delegates hosted in Penang\n\n"
    "Delegates from three island states were hosted on Monday by the Minister of Agriculture "
    "and Coastal Resources Jing Wei Tan, who showed them a seaweed farm.\n"
)


def test_en_one_syllable_given_name_is_no_gerund():
    # "-ing" after a single letter is no gerund: the given name opens the holder's name
    ex = run(SHORT_GIVEN, "en")
    assert "Jing Wei Tan" in names(ex, "Official")
