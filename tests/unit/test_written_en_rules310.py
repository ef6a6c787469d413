""" "Federal Councillor" is a style before the name of a member of a collegial federal cabinet, and
a bare "the minister" after a minister and the head of a same-field department were named refers
to the minister, not to a minister of the same field first named later (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Swiss cabinet member visits Oslo\n\n"
    "OSLO, Nov 3 -- Talks on Arctic research brought Head of the Swiss Federal Department of "
    "Foreign Affairs Federal Councillor Lukas Martin Zwahlen to Oslo on Monday, where Norway's "
    "Minister of Foreign Affairs Sigrid Fjeldstad Skjelbred hosted him for lunch.\n\n"
    "Afterwards the minister showed her guest a polar research station.\n\n"
    "On Tuesday Skjelbred flies to Reykjavik, where Icelandic Foreign Minister Gunnar Thor "
    "Olafsson is to host a fisheries conference.\n"
)


def test_en_federal_councillor_is_a_style_not_a_name():
    ex = run(TEXT, "en")
    assert "Lukas Martin Zwahlen" in names(ex, "Official")
    assert ent(ex, "Lukas Martin Zwahlen").country == "CHE"
    # the style is no part of the department's name before it
    assert "Swiss Federal Department of Foreign Affairs" in names(ex, "Agency")
    assert not any(n.endswith("Federal") for n in names(ex, "Agency"))


def test_en_bare_minister_keeps_the_minister_named_before():
    ex = run(TEXT, "en")
    assert "the minister" in ent(ex, "Sigrid Fjeldstad Skjelbred").aliases
    assert "the minister" not in ent(ex, "Gunnar Thor Olafsson").aliases
