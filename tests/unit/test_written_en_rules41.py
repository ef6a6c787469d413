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
