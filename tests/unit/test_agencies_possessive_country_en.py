"""English: an agency named with a possessive country ("Jordan's Ministry of Foreign Affairs",
from "Jordan's Foreign Minister") gets no demonym glued before that name: "Jordanian Jordan's …"
is no alias (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_no_demonym_before_a_possessive_country():
    ex = run("Egypt's Foreign Minister Karim Nabil said the talks were useful.", "en")
    ministry = ent(ex, "Foreign Ministry")
    assert ministry.country == "EGY"
    assert "Egyptian Foreign Ministry" in ministry.aliases
    assert not any(a.startswith("Egyptian Egypt") for a in ministry.aliases)


def test_en_no_demonym_before_a_possessive_two_word_country():
    ex = run("Saudi Arabia's Foreign Minister Faisal Nasser met the envoy in Rome.", "en")
    ministry = ent(ex, "Foreign Ministry")
    assert not any(a.startswith("Saudi Saudi") for a in ministry.aliases)


def test_en_possessive_country_before_an_agency_is_its_country():
    ex = run("Kenya's Foreign Ministry said the talks were useful.", "en")
    ministry = ent(ex, "Foreign Ministry")
    assert ministry.country == "KEN"
    assert not any(a.startswith("'s") or " 's " in a for a in ministry.aliases)
    assert (ministry.name, "Kenya") in rels(ex, "MEMBER_OF")


def test_ar_nisba_after_the_agency_is_still_its_country():
    ex = run("وقالت وزارة الخارجية الكينية إن المحادثات مفيدة.", "ar")
    assert ent(ex, "وزارة الخارجية").country == "KEN"
