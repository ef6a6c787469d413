"""The members of a chamber styled by the chamber's own name for them list their names after the
plural ("Deputies X and Y", "Councillors Z and W"; "Councillor V" for one); the plural right after a
body's head and "of" stays the body's name ("the Chamber of Deputies") (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_deputies_before_listed_names():
    ex = run(
        "The visiting delegation included Deputies Joaquín Ibarra Solís and Renata Fuentes, as "
        "well as Uruguay's Ambassador to Jordan.",
        "en",
    )
    assert ent(ex, "Joaquín Ibarra Solís").type == "Official"
    assert ent(ex, "Renata Fuentes").type == "Official"


def test_en_councillors_and_a_councillor():
    ex = run("The group includes Councillors Daichi Hoshino and Ayaka Mori.", "en")
    assert {"Daichi Hoshino", "Ayaka Mori"} <= names(ex, "Official")
    ex = run("Councillor Ren Takahashi opened the hearing in Sapporo.", "en")
    assert "Ren Takahashi" in names(ex, "Official")


def test_en_chamber_of_deputies_stays_a_body():
    ex = run("He addressed the Chamber of Deputies of Paraguay on Monday.", "en")
    assert any(n.startswith("Chamber of Deputies") for n in names(ex, "Agency"))
