"""English bodies, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_delegation_after_a_possessive_is_also_named_with_it():
    ex = run(
        "DOHA -- The Minister of State for Foreign Affairs received on Monday the Estonian "
        "Minister of Economic Affairs Karl Tamm and his accompanying delegation.",
        "en",
    )
    delegation = ent(ex, "his accompanying delegation")
    assert delegation.type == "Agency"
    assert delegation.name == "accompanying delegation"
