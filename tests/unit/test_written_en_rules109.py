"""English meeting forms of round 22: a meeting told on the line a transcript turn's label opens
("MINISTER X: Our Minister of Y, Z, met W yesterday", "MINISTER X: I met W") is read after the
label, the label no party of it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_OPEN = "Foreign Minister Ingrid Solberg held talks in Canberra on Tuesday.\n"


def test_en_meeting_of_third_parties_on_a_turn_label_line():
    ex = run(
        _OPEN + "FOREIGN MINISTER SOLBERG (through interpreter): Our Minister of Fisheries, Mr. "
        "Torvald Eik, who is part of my delegation, held a working meeting yesterday with "
        "Assistant Minister for Trade Rhys Calloway. They agreed on a joint survey.",
        "en",
    )
    assert frozenset({"Torvald Eik", "Rhys Calloway"}) in met(ex)
    assert frozenset({"Ingrid Solberg", "Rhys Calloway"}) not in met(ex)


def test_en_first_person_meeting_on_a_turn_label_line():
    ex = run(_OPEN + "FOREIGN MINISTER SOLBERG: I met yesterday with Senator Rhys Calloway.", "en")
    assert frozenset({"Ingrid Solberg", "Rhys Calloway"}) in met(ex)


def test_en_future_or_phone_meeting_on_a_turn_label_line_is_none():
    ex = run(
        _OPEN + "FOREIGN MINISTER SOLBERG: I will meet Senator Rhys Calloway tomorrow, and I "
        "spoke by phone yesterday with Senator Maeve Dunstan.",
        "en",
    )
    assert not met(ex)
