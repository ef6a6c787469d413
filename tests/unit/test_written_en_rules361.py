""" "TITLE NAME also attended the meeting. The Y side included Z.": a side's members listed
right after a sentence telling who attended talks told earlier are at those talks too, and meet
the other side's principal (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "ATHENS, June 9 -- Greek Minister of Shipping Nikos Vlachos received Morocco's Minister of "
    "Fisheries Youness Amrani Ouali in Piraeus on Wednesday to discuss port training.\n\n"
    "Both sides want to train two hundred cadets a year in cold-chain logistics.\n\n"
    "Greek Secretary-General for Ports Eleni Kostaki also attended the meeting. The Moroccan side "
    "included Ambassador Leila Berrada Fassi.\n"
)


def test_en_side_list_after_a_list_of_attendees():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Leila Berrada Fassi", "Nikos Vlachos"}) in pairs
    assert frozenset({"Leila Berrada Fassi", "Youness Amrani Ouali"}) not in pairs
