"""A minister's fields joined by "and", then a holder's name of three words whose given name no
list holds: the name begins at the first word shaped as a given name, while a field's last noun
(a gerund, a "-ment" noun) stays in the ministry (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Heritage accord signed in Valparaiso\n\n"
    "Ecuador's Minister of Culture and Heritage Teodomiro Vasques Pinto signed the accord "
    "with a visiting trade mission on Thursday.\n\n"
    "Chile's Minister of Education and Vocational Training Oskari Lindqvist Maro opened the "
    "second session.\n"
)


def test_en_three_word_holder_after_joined_fields():
    ex = run(TEXT, "en")
    officials = names(ex, "Official")
    assert "Teodomiro Vasques Pinto" in officials
    assert "Oskari Lindqvist Maro" in officials
    members = rels(ex, "MEMBER_OF")
    assert ("Teodomiro Vasques Pinto", "Ministry of Culture and Heritage") in members
    assert ("Oskari Lindqvist Maro", "Ministry of Education and Vocational Training") in members
