"""A meeting verb right after the comma that closes the object of an earlier meeting verb is the
next predicate of a list with one subject (subject, verb, object, comma, verb, object): its subject
is the first verb's, not the object before the comma (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Governor opens the grain terminal\n\n"
    "Late on Wednesday the Governor of Velmora Province, Pell Ruano, hosted Senator Dara Quist, "
    "met Mayor Ivo Brandt of Karvos and toured the new grain terminal.\n"
)


def test_en_listed_predicates_share_the_first_subject():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Pell Ruano", "Dara Quist"}) in pairs
    assert frozenset({"Pell Ruano", "Ivo Brandt"}) in pairs
    assert frozenset({"Dara Quist", "Ivo Brandt"}) not in pairs


def test_en_a_relative_clause_verb_is_no_listed_predicate():
    text = (
        "Envoy in Tarvik\n\n"
        "Foreign Minister Ilse Moor met Ambassador Kofi Rand of Ghana, who later met Senator "
        "Dara Quist.\n"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Ilse Moor", "Kofi Rand"}) in pairs
    assert frozenset({"Ilse Moor", "Dara Quist"}) not in pairs
