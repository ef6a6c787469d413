""" "X was joined at both meetings by Y" / "accompanied in her meetings by Y": the meetings named
with "at" or with the escorted one's pronoun; Y is an escort at each meeting told before
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

TEXT = (
    "Kenyan trade minister tours Seoul\n\n"
    "SEOUL, Sept 9 - Kenya's Minister of Trade Rose Nyaboke Mwangi met on Monday with South "
    "Korea's Minister of Trade Yoon Seo-jun about tea and avocado exports.\n\n"
    "Mwangi then held talks with South Korea's Minister of Agriculture Lee Soo-min on cold "
    "storage for fresh produce.\n\n"
    "Mwangi was {form} by Kenya's Ambassador in Seoul Peter Otieno Kamau.\n"
)


@pytest.mark.parametrize("form", ["joined at both meetings", "accompanied in her meetings"])
def test_en_escort_of_the_meetings_named_with_at_or_a_pronoun(form):
    pairs = met(run(TEXT.format(form=form), "en"))
    assert frozenset({"Peter Otieno Kamau", "Yoon Seo-jun"}) in pairs
    assert frozenset({"Peter Otieno Kamau", "Lee Soo-min"}) in pairs
    assert frozenset({"Peter Otieno Kamau", "Rose Nyaboke Mwangi"}) not in pairs
