""" "A letter was signed by <a deputy of the host's ministry> and <an official of no body the text
names>" after a minister received a guest: the second signs for the guest's side and meets the
host; the first meets the guest (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Energy minister hosts regional fund chief on grid storage\n\n"
    "VALLETTA, Feb 11 - Minister of Energy Lorenzo Bassi-Camilleri received on Wednesday "
    "Regional Director of the Northern Climate Fund Dr. Maren Holtvik to discuss battery storage "
    "for the island grid.\n\n"
    "The talks covered a loan for two storage plants and the training of grid engineers.\n\n"
    "At the end of the visit, a letter of intent on storage financing was signed by Deputy "
    "Minister of Energy Carla Ferriggi and Director of Operations Dr. Anders Vikstrom.\n"
)


def test_en_signer_of_no_named_body_signs_for_the_guest_side():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Anders Vikstrom", "Lorenzo Bassi-Camilleri"}) in pairs
    assert frozenset({"Carla Ferriggi", "Maren Holtvik"}) in pairs
    assert frozenset({"Carla Ferriggi", "Anders Vikstrom"}) in pairs
