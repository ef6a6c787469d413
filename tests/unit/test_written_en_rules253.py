"""English: "The delegation also paid a courtesy call on X" (a meeting noun with its object, no
official before it): the delegation opening the sentence pays the call, not the official the
text named last (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Committee meets visiting Chilean delegation\n\n"
    "LIMA, 2 May 2026 – The Standing Committee on Foreign Affairs this morning held a meeting"
    " with a delegation from the Senate of Chile, led by Hon. Marta Silva, Chairperson of the"
    " Senate Committee on Trade.\n\n"
    "The Peruvian side was led by the Committee Chairperson, Hon. Luis Paredes.\n\n"
    "The delegation also paid a courtesy call on the Speaker of Parliament, Hon. Tomas Reyes.\n"
)


def test_en_delegation_pays_courtesy_call():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Luis Paredes", "Tomas Reyes"}) not in pairs
    assert any("Tomas Reyes" in p and any("delegation" in n.lower() for n in p) for p in pairs)


def test_en_official_subject_still_pays_call():
    text = _TEXT.replace("The delegation also paid", "Hon. Marta Silva also paid")
    pairs = met(run(text, "en"))
    assert frozenset({"Marta Silva", "Tomas Reyes"}) in pairs
