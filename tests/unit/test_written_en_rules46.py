"""Relations, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_members_of_a_body_after_and_are_one_more_party_met():
    ex = run(
        "Trade visit\n"
        "OTTAWA - Minister Elena Varga also met with the Honourable Tom Reilly, Minister of "
        "International Trade, and with members of the Canada-Hungary Parliamentary Friendship "
        "Group.",
        "en",
    )
    assert frozenset({"Elena Varga", "Tom Reilly"}) in met(ex)
    assert frozenset({"Elena Varga", "Canada-Hungary Parliamentary Friendship Group"}) in met(ex)
    ex = run(
        "Trade visit\n"
        "OTTAWA - Minister Elena Varga also met with the Honourable Tom Reilly and members of "
        "the Canada-Hungary Parliamentary Friendship Group.",
        "en",
    )
    assert frozenset({"Elena Varga", "Canada-Hungary Parliamentary Friendship Group"}) in met(ex)
