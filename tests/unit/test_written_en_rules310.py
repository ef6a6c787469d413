""" "Federal Councillor" is a style before the name of a member of a collegial federal cabinet, and
a bare "the minister" after a minister and the head of a same-field department were named refers
to the minister, not to a minister of the same field first named later (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Danish minister meets Swiss counterpart\n\n"
    "BERN, May 2 -- Denmark's Minister of Foreign Affairs Anders Holm Lykke held talks on Friday "
    "with Head of the Swiss Federal Department of Foreign Affairs (FDFA) Federal Councillor Urs "
    "Peter Zimmerli in Bern.\n\n"
    "The minister also met the director of a Geneva aid group.\n\n"
    "Earlier, Lykke received a phone call from Peruvian Foreign Minister Ramon Castillo Vega, who "
    "invited him to Lima.\n"
)


def test_en_federal_councillor_is_a_style_not_a_name():
    officials = names(run(TEXT, "en"), "Official")
    assert "Urs Peter Zimmerli" in officials
    assert "Federal" not in officials
    assert ent(run(TEXT, "en"), "Urs Peter Zimmerli").country == "CHE"


def test_en_bare_minister_keeps_the_minister_named_before():
    ex = run(TEXT, "en")
    assert "The minister" in ent(ex, "Anders Holm Lykke").aliases
    assert "The minister" not in ent(ex, "Ramon Castillo Vega").aliases
