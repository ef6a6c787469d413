"""A minister's fields joined by "and", then a holder's name of three words whose given name no
list holds: the name begins at the first word shaped as a given name, while a field's last noun
(a gerund) stays in the ministry before a name of two words (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Ribbon cut at restored museum\n\n"
    "A restored colonial museum reopened in Cuenca after the Minister of Culture and Heritage "
    "Teodomiro Vasques Pinto cut the ribbon on Saturday. At a later briefing Samoa's Minister of "
    "Tourism and Event Marketing Lemalu Aumua promised cheaper flights for young families.\n"
)


def test_en_three_word_holder_after_joined_fields():
    ex = run(TEXT, "en")
    officials = names(ex, "Official")
    assert "Teodomiro Vasques Pinto" in officials
    assert "Lemalu Aumua" in officials
    members = rels(ex, "MEMBER_OF")
    assert ("Teodomiro Vasques Pinto", "Ministry of Culture and Heritage") in members
    assert ("Lemalu Aumua", "Ministry of Tourism and Event Marketing") in members


SHORT_GIVEN = (
    "Delegates hosted in Penang\n\n"
    "Delegates from three island states were hosted on Monday by the Minister of Agriculture "
    "and Coastal Resources Jing Wei Tan, who showed them a seaweed farm.\n"
)


def test_en_one_syllable_given_name_is_no_gerund():
    # "-ing" after a single letter is no gerund: the given name opens the holder's name
    ex = run(SHORT_GIVEN, "en")
    assert "Jing Wei Tan" in names(ex, "Official")
