"""A lower-case generic "member" right before a person (a listed given name or another title) is
the person's post: "Shura member Dr X", "council member X Y"; before any other word ("member
states", "Member States") it names no one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_body_member_before_an_honorific_and_name():
    ex = run(
        "The friendship group, chaired by Senate member Dr. Omar Khalil Al-Tamimi, met the envoy.",
        "en",
    )
    assert "Omar Khalil Al-Tamimi" in names(ex, "Official")


def test_en_lower_case_member_before_a_given_name():
    ex = run(
        "The talks were attended by council member Samir Rashed al-Qadi and two advisers.", "en"
    )
    assert "Samir Rashed al-Qadi" in names(ex, "Official")


def test_en_member_with_body_before_it_gives_membership():
    ex = run("The visitors later met Senate member Tomas Kral in Prague.", "en")
    assert ("Tomas Kral", "Senate") in rels(ex, "MEMBER_OF")


def test_en_member_states_name_no_one():
    ex = run("The minister urged Member States and GCC member states to act together.", "en")
    assert not any("States" in n or "states" in n for n in names(ex, "Official"))
