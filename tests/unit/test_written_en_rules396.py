""" "The Minister was accompanied at both meetings by Y" / "in her meetings by Y": the meetings
named with "at" or with the escorted one's pronoun; Y is an escort at each meeting told before
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

TEXT = (
    "Estonian minister holds talks in Montevideo\n\n"
    "MONTEVIDEO, May 19 - Estonia's Minister of Economic Affairs Kadri Vahtramae met on Tuesday "
    "with Uruguay's Minister of Industry Rodrigo Salaberry to discuss digital customs.\n\n"
    "Vahtramae later held talks with Uruguay's Minister of Economy Florencia Irazoqui on a "
    "double taxation treaty.\n\n"
    "The Minister was accompanied {form} by the Ambassador of Estonia to Argentina, "
    "Tarmo Lillepuu.\n"
)


@pytest.mark.parametrize("form", ["at both meetings", "in her meetings"])
def test_en_escort_of_the_meetings_named_with_at_or_a_pronoun(form):
    pairs = met(run(TEXT.format(form=form), "en"))
    assert frozenset({"Tarmo Lillepuu", "Rodrigo Salaberry"}) in pairs
    assert frozenset({"Tarmo Lillepuu", "Florencia Irazoqui"}) in pairs
    assert frozenset({"Tarmo Lillepuu", "Kadri Vahtramae"}) not in pairs
