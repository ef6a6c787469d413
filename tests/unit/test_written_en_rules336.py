"""A post held at a body in a city ("Ambassador of X to <body> in <City>"), then the holder's
honorific and name: the city, the seat of the post, closes the title and the honorific still opens
its holder's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Uruguay steps up African Union outreach\n\n"
    "Beef exports and animal vaccines topped the agenda on Wednesday when Chairperson of the "
    "African Union Commission Nokuthula Zwane-Mahlangu held talks with Ambassador of Uruguay to "
    "the African Union in Addis Ababa Prof. Lucia Irigoyen Salaberry.\n"
)


def test_en_title_closed_by_the_post_seat_keeps_its_holder():
    e = ent(run(TEXT, "en"), "Lucia Irigoyen Salaberry")
    assert e.title is not None and e.title.endswith("African Union in Addis Ababa")
    assert e.country == "URY"


def test_en_holder_after_the_post_seat_is_met():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Nokuthula Zwane-Mahlangu", "Lucia Irigoyen Salaberry"}) in pairs
