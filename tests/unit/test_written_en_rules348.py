""" "I was received by Y" in remarks whose headline names their author after the statement noun
and the host after "with": the author met Y (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Remarks by Commissioner Agnes Holmqvist after her meeting with Foreign Minister Sione Vaka"
    "\n\nNuku'alofa, 3 April\n\n"
    "Thank you, Sione. Earlier today I was received by the King of Tonga, and we spoke about "
    "climate finance for the outer islands.\n"
)


def test_en_first_person_passive_reception_meets_the_host():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Agnes Holmqvist", "King of Tonga"}) in pairs
    assert frozenset({"Sione Vaka", "King of Tonga"}) not in pairs


def test_en_byline_author_is_the_one_after_the_statement_noun():
    text = TEXT.replace("I was received by", "I met")
    assert frozenset({"Agnes Holmqvist", "King of Tonga"}) in met(run(text, "en"))
