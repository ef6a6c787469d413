"""An attendee as the subject of "joined the talks", "participated in the meeting", "took part in
the talks" or "were present on the occasion" after a meeting told: the attendee meets the other
side's principal (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

HEAD = (
    "Dairy cooperatives on the table in Tartu\n\n"
    "TARTU, Feb 6 -- Zambia's Minister of Agriculture Chilufya Mbewe Kabwe and Estonian "
    "Minister of Rural Affairs Mart Kivisild held talks in Tartu on Friday on dairy cooperatives "
    "and seed certification.\n"
)


def _pairs(tail: str):
    return met(run(HEAD + tail + "\n", "en"))


def test_en_joined_the_talks_attends():
    pairs = _pairs(
        "Halfway through the afternoon Zambian Ambassador Musonda Kalaba Lubinda joined the talks."
    )
    assert frozenset({"Musonda Kalaba Lubinda", "Mart Kivisild"}) in pairs
    assert frozenset({"Musonda Kalaba Lubinda", "Chilufya Mbewe Kabwe"}) not in pairs


def test_en_participated_in_the_meeting_attends():
    pairs = _pairs(
        "Estonian Deputy Minister of Rural Affairs Liis Tamm participated in the meeting as well."
    )
    assert frozenset({"Liis Tamm", "Chilufya Mbewe Kabwe"}) in pairs


def test_en_took_part_in_the_talks_attends():
    pairs = _pairs("On the Zambian side, Ambassador Musonda Kalaba Lubinda took part in the talks.")
    assert frozenset({"Musonda Kalaba Lubinda", "Mart Kivisild"}) in pairs


def test_en_present_on_the_occasion_attends():
    pairs = _pairs(
        "Estonian Deputy Minister of Rural Affairs Liis Tamm and Zambian Ambassador Musonda Kalaba "
        "Lubinda were present on the occasion, the ministry said."
    )
    assert frozenset({"Liis Tamm", "Chilufya Mbewe Kabwe"}) in pairs
    assert frozenset({"Musonda Kalaba Lubinda", "Mart Kivisild"}) in pairs
    assert frozenset({"Liis Tamm", "Musonda Kalaba Lubinda"}) not in pairs
