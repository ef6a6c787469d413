""" "X joined Y for the talks" once the talks were told (Y one of their parties): X sat on Y's side
and met the other side, not Y; with no meeting told before, joining Y for a meeting is still
meeting Y (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Peru and Kenya eye avocado deal\n\n"
    "Peru's Minister of Foreign Trade Pilar Huaman Ccori hosted Kenya's Cabinet Secretary for "
    "Trade Moses Chebet Korir at her ministry in Lima on Wednesday, and the pair agreed to cut "
    "inspection times for fresh produce.\n\n"
    "After lunch, Vice Minister of Foreign Trade Diego Salcedo Paredes joined Minister Huaman "
    "Ccori for the talks, which ran into the evening. Kenya's High Commissioner to Peru Akinyi "
    "Atieno Mbugua accompanied the Cabinet Secretary.\n"
)

UNTOLD = (
    "Farm exports panel meets in Cusco\n\n"
    "Vice Minister of Foreign Trade Diego Salcedo Paredes joined Minister of Agriculture Rosa "
    "Ticona Mamani for the meeting of the regional export board in Cusco on Monday.\n"
)


def test_en_joined_for_the_told_talks_sits_on_the_joined_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Diego Salcedo Paredes", "Moses Chebet Korir"}) in pairs
    assert frozenset({"Diego Salcedo Paredes", "Pilar Huaman Ccori"}) not in pairs
    assert frozenset({"Akinyi Atieno Mbugua", "Pilar Huaman Ccori"}) in pairs


def test_en_joined_for_a_meeting_not_told_before_meets_the_joined():
    pairs = met(run(UNTOLD, "en"))
    assert frozenset({"Diego Salcedo Paredes", "Rosa Ticona Mamani"}) in pairs
