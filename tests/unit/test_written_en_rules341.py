""" "I also met X" in remarks headed "Remarks by Y at the press point with Z": the author the
headline names first met X, though the headline names her guest too; "President X received me" in
a speaker's turn: X met the speaker (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TITLE = (
    "Remarks by Commissioner Hedda Marstrand at the press point with Ms Ruth Okafor, "
    "Minister of Water Resources of Malawi"
)
BODY = (
    "Lilongwe, 3 March\n\n"
    "Irrigation took most of our working morning in the capital.\n\n"
    "Before coming here I also met Vice-President Samuel Mbewe. We spoke about seed banks.\n"
)


def test_en_remarks_author_met_the_official_of_her_first_person_meeting():
    pairs = met(run(BODY, "en", title=TITLE))
    assert frozenset({"Hedda Marstrand", "Samuel Mbewe"}) in pairs
    assert frozenset({"Ruth Okafor", "Samuel Mbewe"}) not in pairs


def test_en_official_who_received_me_met_the_turn_speaker():
    text = (
        "FOREIGN MINISTER ARVIDSSON: Our fisheries cooperation keeps growing. Last autumn "
        "President Lucia Ferrand hosted me for a long dinner in Montevideo, and the ideas of that "
        "evening shaped the accord we sign today.\n"
    )
    title = "Foreign Minister Kari Arvidsson and Uruguayan Foreign Minister Tomas Ferreyra"
    pairs = met(run(text, "en", title=title))
    assert frozenset({"Kari Arvidsson", "Lucia Ferrand"}) in pairs
