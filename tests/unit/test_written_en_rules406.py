"""A title whose field is one common noun ("… for Logistics") and a holder's name of two or three
words outside the name list: the name is the holder's, not more of the field (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Relief convoy talks in Amman\n\n"
    "Jordan's Minister of Social Development, Dr. Nadera Qubti, received in Amman the WFP "
    "Deputy Executive Director for Logistics Ragnhild Oma Saether, who briefed her on the "
    "winter convoys.\n"
)


def test_en_unlisted_name_after_one_noun_field_is_the_holder():
    ex = run(TEXT, "en")
    assert "Ragnhild Oma Saether" in names(ex, "Official")
    assert ("Ragnhild Oma Saether", "WFP") in rels(ex, "MEMBER_OF")
    assert frozenset({"Nadera Qubti", "Ragnhild Oma Saether"}) in met(ex)
