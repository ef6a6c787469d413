"""A title's post abroad after a country's long name ("Ambassador of the Kingdom of X to the
Republic of Y") is part of the title, as after a one-word name; and "newly appointed" before the
post is a modifier of it ("X, the newly appointed Ambassador of …") (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT_POSTED = (
    "Chilean minister receives Norwegian envoy\n\n"
    "Minister of Agriculture Rodrigo Valdivieso on Monday received Kari Solbakken, the Ambassador "
    "of the Kingdom of Norway to the Republic of Chile, to discuss salmon farming.\n"
)

TEXT_NEW = (
    "Credentials presented in Accra\n\n"
    "Ghana's Foreign Minister Ama Serwaa Boakye received the credentials of Henrik Dalsgaard, the "
    "newly appointed Ambassador of Denmark, at the ministry on Friday.\n"
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
