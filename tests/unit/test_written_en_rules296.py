""""Ambassador-designate" (hyphened or not) is the post of an ambassador who has not yet presented
the credentials: a role like "Ambassador" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Deputy minister receives two new envoys\n\n"
    "Deputy Foreign Minister Halvard Moe on Wednesday received the Ambassador-designate of the "
    "Republic of Zambia, Mutale Chanda, and the Ambassador designate of Mongolia, Bat-Erdene "
    "Ganbold, at the ministry.\n"
)


def test_en_ambassador_designate_is_a_post():
    ex = run(TEXT, "en")
    assert ent(ex, "Mutale Chanda").country == "ZMB"
    assert ent(ex, "Bat-Erdene Ganbold").country == "MNG"
    pairs = met(ex)
    assert frozenset({"Halvard Moe", "Mutale Chanda"}) in pairs
    assert frozenset({"Halvard Moe", "Bat-Erdene Ganbold"}) in pairs
