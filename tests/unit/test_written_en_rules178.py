"""Round-24 Agency rule (English), on sentences written for the test: a Roman numeral right
after a capitalised commission or committee head names which of a parliament's numbered bodies
it is ("Commission III"): the numeral is part of the name; the pronoun "I" after a head is not."""

from __future__ import annotations

from .helpers import names, run

_TEXT = (
    "Indonesian lawmakers meet Peruvian envoy\n"
    "JAKARTA - The chairman of Commission III for legal affairs, Mr Agung Prasetyo Wibowo, "
    "received the Ambassador of Peru, Luis Garcia, on Thursday.\n"
)


def test_en_roman_numeral_names_numbered_commission():
    got = names(run(_TEXT, "en"), "Agency")
    assert "Commission III" in got, got
    assert "Commission" not in got, got


_TEXT2 = (
    "Lawmakers meet Peruvian envoy\n"
    'LIMA - The chairman of the Trade Committee, Mr Agung Prasetyo Wibowo, said: "In the '
    'Committee I saw real progress."\n'
)


def test_en_pronoun_after_committee_is_not_a_numeral():
    got = names(run(_TEXT2, "en"), "Agency")
    assert "Committee I" not in got, got
