"""English officials' names and unnamed posts, round 17, second pass (sentences written for these
tests, the names invented)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_diplomatic_style_after_the_head_is_the_posts():
    ex = run(
        "Talks\n"
        "The Ambassador Extraordinary and Plenipotentiary of Chile to Kenya, Mateo Rojas, met "
        "Kenyan Foreign Minister Amina Wekesa in Nairobi. Later he visited Brazil.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Extraordinary" not in officials
    rojas = ent(ex, "Mateo Rojas")
    assert rojas.country == "CHL"
    assert "Plenipotentiary" in (rojas.title or "")


def test_en_unnamed_ambassador_of_a_country_to_another_is_named_by_the_post():
    ex = run(
        "Talks\n"
        "The minister met the ambassador of Peru to Kenya on Monday. Chile's Ambassador to Kenya "
        "also attended.",
        "en",
    )
    officials = names(ex, "Official")
    assert "ambassador of Peru to Kenya" in officials
    assert "Chile's Ambassador to Kenya" in officials
    assert ent(ex, "ambassador of Peru to Kenya").country == "PER"


def test_en_place_after_in_listed_before_a_titled_name_is_no_person():
    ex = run(
        "Talks\n"
        "Minister Okada explained Japan's view of the situation in East Asia, and Minister Rossi "
        "expressed support for the effort. The minister spoke about stability in Southeast Asia "
        "and Minister Rossi agreed.",
        "en",
    )
    officials = names(ex, "Official")
    assert "East Asia" not in officials
    assert "Southeast Asia" not in officials
    assert {"Okada", "Rossi"} <= officials


def test_en_full_name_as_styled_is_an_alias():
    ex = run(
        "Talks\nThe minister received Ambassador Sheikh Salman bin Rashid Al Khalifa on Monday.",
        "en",
    )
    assert "Sheikh Salman bin Rashid Al Khalifa" in ent(ex, "Salman bin Rashid Al Khalifa").aliases
