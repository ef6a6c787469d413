"""Bruneian and Malaysian styles written before a name ("Dato" without its apostrophe, its grades
"Seri Paduka", "Seri Setia", a "Pehin") are honorifics: never the name, nor part of it (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Trade envoy visits Brunei\n\n"
    "The visiting trade envoy, Ambassador Ingrid Solberg, held talks on Tuesday with Brunei's "
    "Minister of Primary Resources Dato Seri Setia Rosmawi Latif on fisheries cooperation.\n\n"
    "She later called on the Deputy Minister of Finance Pehin Datu Harun Basri at his office.\n"
)


def test_en_bruneian_styles_are_not_names():
    ex = run(TEXT, "en")
    officials = names(ex, "Official")
    assert "Rosmawi Latif" in officials
    assert "Harun Basri" in officials
    assert not any("Dato" in n or "Pehin" in n for n in officials)


def test_en_bruneian_style_keeps_the_meeting():
    ex = run(TEXT, "en")
    assert frozenset({"Ingrid Solberg", "Rosmawi Latif"}) in met(ex)
