"""English bodies, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run, said


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


def test_en_office_after_a_post_possessive_is_named_with_it_and_speaks():
    ex = run(
        "AMMAN -- Prime Minister Omar Haddad received on Monday the visiting envoy. The Prime "
        "Minister's Media Office said in a statement that the talks covered regional issues.",
        "en",
    )
    assert "Prime Minister's Media Office" in names(ex, "Agency")
    assert [s for s, _ in said(ex)] == ["Prime Minister's Media Office"]
