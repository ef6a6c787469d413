"""A country's word inside a capitalised name, between words of the name's own ("the Royal
<nisba> Air Force"): the name without it is another body, not a shorter form of this one
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Air show in Aarhus\n\n"
    "Pilots of the Royal Air Force flew over the harbour on Saturday, while crews of the Royal "
    "Danish Air Force showed their transport aircraft to schoolchildren near the runway.\n"
)


def test_en_country_word_inside_name_keeps_the_bare_name_apart():
    agencies = names(run(TEXT, "en"), "Agency")
    assert {"Royal Air Force", "Royal Danish Air Force"} <= agencies
