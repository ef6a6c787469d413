"""Bodies round 17, second pass (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_republic_of_x_long_form_is_the_country():
    ex = run(
        "Talks in Lisbon\n"
        "LISBON - The minister met Minister of Foreign Affairs of the Republic of Togo "
        "Kodjo Amevor Dzidzinyo on Monday.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    body = ent(ex, "Ministry of Foreign Affairs of the Republic of Togo")
    assert (body.name, "Togo") in member


def test_en_title_naming_its_ministry_by_more_than_the_portfolio_is_another_governments():
    ex = run(
        "Minister visits Lusaka\n"
        "1. Minister of State for External Affairs Shri Arvind Kapoor paid an official visit to "
        "Zambia. He held talks with Minister for Foreign Affairs and Southern African Cooperation "
        "Mr. Mwila Chanda.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    kapoor = {t for s, t in member if s == "Arvind Kapoor"}
    chanda = {t for s, t in member if s == "Mwila Chanda"}
    assert kapoor and chanda and not kapoor & chanda
