""" "X and Y joined the Minister." closing a told meeting: X and Y sat on the Minister's side and
met the guest, not the Minister (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Trade minister receives Lundavian counterpart\n\n"
    "KARSHOLM - Trade Minister Oskar Lindgren of Norland hosted Lundavia's Minister of Industry, "
    "Tariq Osei, for a working lunch on Friday, where the two reviewed tariffs on timber and "
    "the opening of a joint customs post.\n\n"
    "Ambassador Ruth Vale and Deputy Trade Minister Piet Hollander joined the Minister.\n"
)


def test_en_officials_who_joined_the_host_meet_the_guest():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Ruth Vale", "Tariq Osei"}) in pairs
    assert frozenset({"Piet Hollander", "Tariq Osei"}) in pairs
    assert frozenset({"Ruth Vale", "Oskar Lindgren"}) not in pairs


def test_en_joined_in_an_appeal_is_no_attendance():
    text = TEXT.replace("joined the Minister.", "joined the Minister in urging lower duties.")
    pairs = met(run(text, "en"))
    assert not any("Ruth Vale" in p for p in pairs)
