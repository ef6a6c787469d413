""" "a courtesy call on the <capitalised words no table knows> <official>": a body's acronym or an
unlisted title between the article and the official still leaves the official right after the
noun, the one called on (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

TEXT = (
    "Portuguese aid official in Lusaka\n\n"
    "LUSAKA, Aug 14 - Portugal's Deputy Minister of Foreign Affairs Tiago Almeida Tavares met "
    "Zambia's Minister of Transport Grace Mwila Banda to review a rail signalling grant.\n\n"
    "Before flying out, Tavares made a courtesy call on {obj} at a downtown hotel.\n"
)


@pytest.mark.parametrize(
    ("obj", "host"),
    [
        ("the Senior Chief Advisor, Mr. Chanda Lungu Zulu", "Chanda Lungu Zulu"),
        ("the AfDB Resident Representative Lars Ekdahl Berg", "Lars Ekdahl Berg"),
    ],
)
def test_en_courtesy_call_on_official_after_unlisted_capitalised_words(obj, host):
    pairs = met(run(TEXT.format(obj=obj), "en"))
    assert frozenset({"Tiago Almeida Tavares", host}) in pairs
