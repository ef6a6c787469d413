"""A name after a style that opens with a family particle written with a capital ("Dr. De Waal
...", "H.E. Le Clercq ..."): the particle opens the name, the style is no part of it; such an
attendee meets the other side (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Desalination know-how for the Namib coast\n\n"
    "WINDHOEK, July 2 -- Namibia's Minister of Water Affairs, Dr. De Waal Nangolo, hosted "
    "Belgium's Minister of Development Cooperation, Mr. Van Hoecke Dries, for talks on "
    "desalination on Wednesday.\n\n"
    "Also attending was Belgium's Ambassador to Namibia, H.E. Le Clercq Annelies.\n"
)


def test_en_capital_particle_after_style_opens_the_name():
    ex = run(TEXT, "en")
    assert ent(ex, "Van Hoecke Dries").title.endswith("Minister of Development Cooperation")
    assert ent(ex, "De Waal Nangolo")
    assert ent(ex, "Le Clercq Annelies")
    pairs = met(ex)
    assert frozenset({"De Waal Nangolo", "Van Hoecke Dries"}) in pairs
    assert frozenset({"Le Clercq Annelies", "De Waal Nangolo"}) in pairs
    assert frozenset({"Le Clercq Annelies", "Van Hoecke Dries"}) not in pairs
