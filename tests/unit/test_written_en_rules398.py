""" "paid a courtesy call on the <capitalised words no table knows> <official>": a body's acronym
or an unlisted title between the article and the official still leaves the official right after
the noun, the one called on (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

TEXT = (
    "Finnish state secretary in Nairobi\n\n"
    "NAIROBI, May 2 - Finland's State Secretary Liisa Korhonen held talks with Kenya's Minister "
    "of Energy Daniel Mwangi Kiptoo.\n\n"
    "On the margins of the visit, State Secretary Korhonen paid a courtesy call on {obj}.\n"
)


@pytest.mark.parametrize(
    ("obj", "host"),
    [
        ("the Prime Cabinet Secretary, Mr. Joseph Otieno Wekesa", "Joseph Otieno Wekesa"),
        ("the UN Resident Coordinator Amina Saidi Farah", "Amina Saidi Farah"),
    ],
)
def test_en_courtesy_call_on_official_after_unlisted_capitalised_words(obj, host):
    pairs = met(run(TEXT.format(obj=obj), "en"))
    assert frozenset({"Liisa Korhonen", host}) in pairs
