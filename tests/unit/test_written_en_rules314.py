"""A verb right after a comma that closes the object of an earlier meeting verb is the next
predicate of a list with the same subject ("X met Y, held talks with Z and …"): its subject is X,
not the object before the comma (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Trade minister tours the north\n\n"
    "In Tarvik on Monday, Trade Minister Olek Varga received Ambassador Nina Sato of Japan, held "
    "talks with Governor Pell Ruano of the Northern Province, and then met Senator Dara Quist.\n"
)


def test_en_listed_predicates_share_the_first_subject():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Olek Varga", "Nina Sato"}) in pairs
    assert frozenset({"Olek Varga", "Pell Ruano"}) in pairs
    assert frozenset({"Olek Varga", "Dara Quist"}) in pairs
    assert frozenset({"Nina Sato", "Pell Ruano"}) not in pairs
    assert frozenset({"Pell Ruano", "Dara Quist"}) not in pairs


def test_en_a_relative_clause_verb_is_no_listed_predicate():
    text = (
        "Envoy in Tarvik\n\n"
        "Foreign Minister Ilse Moor met Ambassador Kofi Rand of Ghana, who later met Senator "
        "Dara Quist.\n"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Ilse Moor", "Kofi Rand"}) in pairs
    assert frozenset({"Ilse Moor", "Dara Quist"}) not in pairs
