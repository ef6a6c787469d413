"""A readout's "X spoke with Y" states a call, not an in-person meeting (FORMAT.md: calls are no
MET_WITH); it still frames the two sides for "the two ministers stressed" (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, run, said


def test_spoke_with_is_no_meeting_but_names_both_sides():
    ex = run(
        "Foreign Minister Karim Haddad spoke with Danish Foreign Minister Anna Berg on Friday. "
        "The two ministers stressed the need to reopen the crossings.",
        "en",
    )
    assert met(ex) == set()
    assert {sp for sp, _q in said(ex)} == {"Karim Haddad", "Anna Berg"}


def test_spoke_today_with_then_the_secretary_said():
    ex = run(
        "Secretary of State Tom Reyes spoke today with Danish Foreign Minister Anna Berg. "
        "The Secretary underscored the importance of free shipping.",
        "en",
    )
    assert met(ex) == set()
    assert said(ex) == [("Tom Reyes", "the importance of free shipping")]


def test_spoke_with_reporters_does_not_undo_a_joint_appearance():
    ex = run(
        "SECRETARY REYES: Good morning, and welcome.\n"
        "FOREIGN MINISTER BERG: Thank you, Tom.\n"
        "The Secretary later spoke with reporters.",
        "en",
    )
    assert met(ex) == {frozenset({"REYES", "BERG"})}


def test_met_with_is_still_a_meeting():
    ex = run(
        "Foreign Minister Karim Haddad met with Danish Foreign Minister Anna Berg on Friday.", "en"
    )
    assert met(ex) == {frozenset({"Karim Haddad", "Anna Berg"})}
