""" "I was received by Y" in remarks whose headline names their author after the statement noun
and the host after "with": the author met Y (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Palau and the EU, partners for the ocean: statement by Commissioner Birgitta Aalto, "
    "together with Minister of State Ngirai Tmetuchel, in Koror"
    "\n\nKoror, 21 September\n\n"
    "Good afternoon. On landing here on Tuesday I was received by the President of Palau, who "
    "took me by boat to see the reef nurseries off Malakal.\n"
)


def test_en_first_person_passive_reception_meets_the_host():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Birgitta Aalto", "President of Palau"}) in pairs
    assert frozenset({"Ngirai Tmetuchel", "President of Palau"}) not in pairs


def test_en_byline_author_is_the_one_after_the_statement_noun():
    text = TEXT.replace("I was received by", "I met")
    assert frozenset({"Birgitta Aalto", "President of Palau"}) in met(run(text, "en"))
