"""English: "X and his counterpart also co-chaired the meeting of the Joint Commission, with the
participation of Z and W" (SVO): the nameless counterpart is the one X met in the talks told
before, the "with" opens the attendance cue (no co-chair), and those attending meet the
counterpart, not X nor each other (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Minister of Foreign Affairs Tomas Varga held talks with Luis Moreno Quiroga, Minister of "
    "Foreign Affairs of the Republic of Chile, in Budapest on 4 March.\n"
    "The two sides addressed cooperation in energy and education.\n"
    "Minister Varga and his counterpart also co-chaired the second meeting of the Joint Economic "
    "Commission, with the participation of Deputy Minister of Finance Agnes Szabo and Deputy "
    "Minister of Agriculture Peter Kovacs."
)


def test_en_attendees_of_a_co_chaired_meeting_meet_the_counterpart():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Tomas Varga", "Luis Moreno Quiroga"}) in pairs
    assert frozenset({"Agnes Szabo", "Luis Moreno Quiroga"}) in pairs
    assert frozenset({"Peter Kovacs", "Luis Moreno Quiroga"}) in pairs


def test_en_attendees_of_a_co_chaired_meeting_are_no_co_chairs():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Tomas Varga", "Agnes Szabo"}) not in pairs
    assert frozenset({"Agnes Szabo", "Peter Kovacs"}) not in pairs


def test_en_co_chaired_with_a_named_partner_still_pairs_the_chairs():
    text = (
        "Minister Tomas Varga co-chaired the meeting of the Joint Commission with Minister Luis "
        "Moreno Quiroga in Budapest."
    )
    assert frozenset({"Tomas Varga", "Luis Moreno Quiroga"}) in met(run(text, "en"))
