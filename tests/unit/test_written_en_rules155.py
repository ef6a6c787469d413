"""A European government's "Under-Secretary of State" (hyphenated) is a junior minister's post: its
field after "for" ("for the Interior", "for Education") belongs to the title and the holder's name
follows (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_hyphenated_under_secretary_of_state_for_the_interior_before_a_name():
    ex = run(
        "The minister received Austrian Under-Secretary of State for the Interior Katrin Vollmer,"
        " on a visit to Vienna.",
        "en",
    )
    assert names(ex, "Official") == {"Katrin Vollmer"}


def test_en_hyphenated_under_secretary_of_state_for_a_portfolio_before_a_name():
    ex = run(
        "Dutch Under-Secretary of State for Education Pieter van Loon met the delegation.", "en"
    )
    assert "Pieter van Loon" in names(ex, "Official")
