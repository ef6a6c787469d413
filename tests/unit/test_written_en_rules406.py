"""A title whose field is one common noun ("… for Logistics") and a holder's name of two or three
words outside the name list: the name is the holder's, not more of the field (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Convoys planned\n\n"
    "The winter convoys were planned at a session chaired by WFP Deputy Executive Director for "
    "Logistics Ragnhild Oma Saether in Amman, with Social Development Minister Nadera Qubti.\n"
)


def test_en_unlisted_name_after_one_noun_field_is_the_holder():
    ex = run(TEXT, "en")
    assert "Ragnhild Oma Saether" in names(ex, "Official")
    assert ("Ragnhild Oma Saether", "WFP") in rels(ex, "MEMBER_OF")
