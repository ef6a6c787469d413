"""English: "Chargé d'Affaires a.i." (ad interim): the abbreviation "a.i." ends no sentence and
belongs to the title; the holder's name after it is read (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_charge_a_i_with_country_and_post_before_the_name():
    ex = run(
        "The talks were attended by Chargé d'Affaires a.i. of Paraguay in Kenya Lucas Benitez "
        "Sanabria.",
        "en",
    )
    assert "Lucas Benitez Sanabria" in names(ex, "Official")


def test_en_charge_ad_interim_set_off_by_a_comma():
    ex = run(
        "The minister received the Chargé d'Affaires a.i. of Ecuador, Matilde Zambrano Cueva, "
        "at the ministry on Tuesday.",
        "en",
    )
    assert "Matilde Zambrano Cueva" in names(ex, "Official")
    assert "a.i." in (ent(ex, "Matilde Zambrano Cueva").title or "")
