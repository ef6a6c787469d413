"""English escorts of round 25: "X was accompanied in the talks by A and B" / "at the
meeting by": the one meeting told before named between the participle and "by", as "in the
meetings" already was; A and B attend it and meet X's counterpart (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

_LEAD = (
    "Kenyan Foreign Minister Joseph Mwangi held talks with his Ugandan counterpart Samuel Okello "
    "in Kampala on Tuesday.\n"
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


@pytest.mark.parametrize(
    "escort",
    ["was accompanied in the talks by", "was accompanied at the meeting by"],
)
def test_en_escorts_of_the_one_meeting_meet_the_counterpart(escort: str):
    ex = run(
        _LEAD + f"Mwangi {escort} Deputy Foreign Minister Grace Wanjiru and Kenya's Ambassador to "
        "Uganda Peter Kamau.\n",
        "en",
    )
    found = met(ex)
    assert pair("Grace Wanjiru", "Samuel Okello") in found
    assert pair("Peter Kamau", "Samuel Okello") in found
    assert pair("Grace Wanjiru", "Joseph Mwangi") not in found
