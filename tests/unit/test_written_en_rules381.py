""" "Wafa Samir Al Zoubi": a one-word agency name that is also a listed given name, written as a
name before another listed name, opens a person's name, not the agency (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Water seminar ends\n\n"
    "The seminar on desalination was closed on Sunday by the Minister of Water, Dr. Karim Haddad, "
    "and Wafa Samir Al Zoubi, Director of Groundwater Studies.\n"
)


def test_en_agency_word_opening_a_name_is_a_given_name():
    ex = run(TEXT, "en")
    assert "Wafa Samir Al Zoubi" in names(ex, "Official")
    assert not {n for n in names(ex, "Agency") if n.upper() == "WAFA"}
