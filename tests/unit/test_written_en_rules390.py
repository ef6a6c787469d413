"""A peeress's style ("Baroness") before a British minister's given and family names is an
honorific, no part of her name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Mine safety programme reviewed\n\n"
    "Speaking in Solwezi on Tuesday, Baroness Rosamund Tilbury-Vance, the UK Trade Minister, met "
    "Mines Minister Chileshe Kapwepwe to review a mine safety programme.\n"
)


def test_en_baroness_is_an_honorific():
    ex = run(TEXT, "en")
    assert "Rosamund Tilbury-Vance" in names(ex, "Official")
    assert "Baroness Rosamund Tilbury-Vance" not in names(ex, "Official")
    assert frozenset({"Rosamund Tilbury-Vance", "Chileshe Kapwepwe"}) in met(ex)
