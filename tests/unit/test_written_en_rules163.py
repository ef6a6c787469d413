"""Round-24 MET_WITH rule (English), on sentences written for the tests: "held in-depth talks"
(an adjective inside the phrase) is a meeting verb like "held talks": a plural subject after a
visit told only as "at the invitation of" names the two officials."""

from __future__ import annotations

from .helpers import met, run


def test_en_two_ministers_held_in_depth_talks_after_an_invited_visit():
    ex = run(
        "At the invitation of Foreign Minister Karim Tazi of Morocco, Foreign Minister Joao "
        "Pedro Alves of Portugal paid an official visit to Morocco on 3-4 March.\n"
        "The two ministers held in-depth talks on bilateral relations and regional issues.\n",
        "en",
    )
    assert frozenset({"Karim Tazi", "Joao Pedro Alves"}) in met(ex)


def test_en_two_sides_held_official_talks_after_an_invited_visit():
    ex = run(
        "At the invitation of President Daniel Okoth Mwangi of Kenya, President Luis Alberto "
        "Herrera of Peru paid a state visit to Kenya.\n"
        "The two sides held official talks at State House.\n",
        "en",
    )
    assert frozenset({"Daniel Okoth Mwangi", "Luis Alberto Herrera"}) in met(ex)
