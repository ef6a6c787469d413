"""A title's post abroad after a country's long name ("Ambassador of the Kingdom of X to the
Republic of Y") is part of the title, as after a one-word name; and "newly appointed" before the
post is a modifier of it ("X, the newly appointed Ambassador of …"); two demonyms joined by a
hyphen modify the body after them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT_POSTED = (
    "Chilean minister receives Norwegian envoy\n\n"
    "Salmon exports topped the agenda when Minister of Agriculture Rodrigo Valdivieso met Kari "
    "Solbakken, the Ambassador of the Kingdom of Norway to the Republic of Chile, on Monday.\n"
)

TEXT_NEW = (
    "Danish envoy welcomed in Accra\n\n"
    "At a dinner on Friday, Foreign Minister Ama Serwaa Boakye welcomed Henrik Dalsgaard, the "
    "newly appointed Ambassador of Denmark, and wished him a fruitful tenure.\n"
)


def test_en_post_abroad_after_a_long_country_name():
    ex = run(TEXT_POSTED, "en")
    envoy = ent(ex, "Kari Solbakken")
    assert envoy.type == "Official"
    assert envoy.country == "NOR"
    assert frozenset({"Rodrigo Valdivieso", "Kari Solbakken"}) in met(ex)


def test_en_newly_appointed_envoy_named_before_the_post():
    envoy = ent(run(TEXT_NEW, "en"), "Henrik Dalsgaard")
    assert envoy.type == "Official"
    assert envoy.country == "DNK"


TEXT_FIELDS = (
    "Tongan minister hosts Fijian delegation\n\n"
    "Minister of Foreign Affairs, Maritime Security and Tourism Sione Vaipulu Latu received the "
    "visiting delegation in Nuku'alofa on Monday.\n"
)


def test_en_holder_after_a_list_of_fields_ending_in_a_portfolio():
    """ "Minister of A, B and C X Y Z": the list's last item ends at its portfolio word, the
    holder's name (no listed given name) follows; no field item is a person."""
    ex = run(TEXT_FIELDS, "en")
    latu = ent(ex, "Sione Vaipulu Latu")
    assert latu.type == "Official"
    assert "Maritime Security" not in {e.name for e in ex.entities}


TEXT_PAIR = (
    "Greek choir performs in Manama\n\n"
    "A reception for the visiting choir was hosted on Sunday by President of the Bahraini-Greek "
    "Friendship Society Dr. Nawaf Hamad Al-Enezi.\n"
)


def test_en_body_named_by_two_countries_joined_by_a_hyphen():
    """ "the X-Y Friendship Group": two countries' demonyms joined by a hyphen modify the body
    after them, so the title runs over the body's name to the holder."""
    enezi = ent(run(TEXT_PAIR, "en"), "Nawaf Hamad Al-Enezi")
    assert enezi.type == "Official"
