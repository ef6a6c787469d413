"""English trailing attributions of round 25: "<clause>, Kenyan foreign ministry spokesman X said
in a separate statement.": the speaker's body and title between the comma and his name are his
descriptor, as a country's adjective was; the clause before the comma is what he said (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_LEAD = (
    "Kenyan Foreign Minister Joseph Mwangi hosted his Ugandan counterpart Samuel Okello in "
    "Nairobi on Monday.\n"
)


def test_en_body_and_title_before_a_trailing_speaker():
    ex = run(
        _LEAD + "Mwangi later met Tanzanian Prime Minister Juma Said Ali in Arusha, Kenyan "
        "foreign ministry spokesman Peter Odhiambo said in a separate statement.\n",
        "en",
    )
    assert said(ex) == [
        ("Peter Odhiambo", "Mwangi later met Tanzanian Prime Minister Juma Said Ali in Arusha")
    ]
