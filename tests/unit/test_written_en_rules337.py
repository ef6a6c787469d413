"""A readout's closing line "X joined Y for the meeting" (the meeting told before it): X sat on
Y's side and met the other side, not Y; the other side's escort listed next meets Y (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Under Secretary Alvarez's Meeting with Paraguayan Interior Minister\n\n"
    "Under Secretary of State for Management Rosa Alvarez met on Monday in Washington with "
    "Paraguayan Minister of the Interior Hector Benitez Ocampo. The Under Secretary stressed the "
    "two countries' shared commitment to border security.\n\n"
    "Acting Assistant Secretary of State for Western Hemisphere Affairs Martin Keogh joined the "
    "Under Secretary for the meeting. Minister Benitez Ocampo was accompanied by Paraguay's "
    "Ambassador to the United States Gloria Riquelme.\n"
)


def test_en_joined_for_the_meeting_sits_on_the_joined_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Martin Keogh", "Hector Benitez Ocampo"}) in pairs
    assert frozenset({"Martin Keogh", "Rosa Alvarez"}) not in pairs


def test_en_escort_of_the_other_side_after_the_joiner():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Gloria Riquelme", "Rosa Alvarez"}) in pairs
