"""English: a modifier, a demonym, then the role ("the acting Peruvian foreign minister"): the
demonym is inside the title, which the modifier opens (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_acting_demonym_role_is_one_title():
    ex = run("The Prime Minister spoke with the acting Bolivian foreign minister last week.", "en")
    assert "acting Bolivian foreign minister" in names(ex, "Official")
    assert ent(ex, "acting Bolivian foreign minister").country == "BOL"


def test_en_acting_demonym_role_before_a_name():
    ex = run("He met acting Bolivian Foreign Minister Rosa Quispe Mamani in La Paz.", "en")
    assert "Rosa Quispe Mamani" in names(ex, "Official")
    assert "acting" in (ent(ex, "Rosa Quispe Mamani").title or "")
