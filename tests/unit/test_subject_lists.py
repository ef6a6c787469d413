"""A bare comma between two parties before a verb is a list only when "and" closes the list
("X, Y and Z stressed"); otherwise the first is a fronted phrase's object ("During talks with X,
Y stressed") (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said


def test_en_fronted_talks_with_x_then_the_speaker():
    ex = run(
        "During talks with Danish Foreign Minister Anna Berg, Foreign Minister Karim Haddad "
        "stressed the need for a prisoner exchange.",
        "en",
    )
    assert said(ex) == [("Karim Haddad", "the need for a prisoner exchange")]
    assert met(ex) == {frozenset({"Anna Berg", "Karim Haddad"})}


def test_en_a_list_closed_by_and_still_speaks_together():
    ex = run(
        "Foreign Minister Karim Haddad, Danish Foreign Minister Anna Berg and Finnish Foreign "
        "Minister Tom Reyes stressed the need for a prisoner exchange.",
        "en",
    )
    assert {sp for sp, _q in said(ex)} == {"Karim Haddad", "Anna Berg", "Tom Reyes"}


def test_en_countries_after_a_fronted_phrase():
    ex = run("During the talks with Norway, Denmark stressed its support for the accord.", "en")
    assert {sp for sp, _q in said(ex)} == {"Denmark"}


def test_ar_coordinated_countries_speak():
    ex = run("وأكدت النرويج والدنمارك وفنلندا أن الحوار هو الطريق الوحيد.", "ar")
    assert {sp for sp, _q in said(ex)} == {"النرويج", "الدنمارك", "فنلندا"}
