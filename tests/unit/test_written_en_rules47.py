"""English bodies, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_en_delegation_after_a_possessive_is_also_named_with_it():
    ex = run(
        "DOHA -- The Minister of State for Foreign Affairs received on Monday the Estonian "
        "Minister of Economic Affairs Karl Tamm and his accompanying delegation.",
        "en",
    )
    delegation = ent(ex, "his accompanying delegation")
    assert delegation.type == "Agency"
    assert delegation.name == "accompanying delegation"


def test_en_media_office_named_after_its_body():
    ex = run(
        "The two sides discussed the crossings, according to a statement by the Transitional "
        "Council Media Office.",
        "en",
    )
    office = ent(ex, "Transitional Council Media Office")
    assert office.type == "Agency"
    assert ("Transitional Council Media Office", "Transitional Council") in rels(ex, "MEMBER_OF")


def test_en_bare_office_after_a_body_word_is_not_renamed():
    ex = run("He was later received by the Prime Minister at the Government Office.", "en")
    assert "Government Office" not in names(ex, "Agency")
