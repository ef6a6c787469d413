"""A minister's ministry named by the side of a meeting he attends for ("on the Kenyan side by
Foreign Minister X"), round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_minister_on_a_side_holds_that_sides_ministry():
    ex = run(
        "Kenyan president ends visit\n\n"
        "NAIROBI, May 3 (AFP) - Kenyan President John Mwangi held talks with the visiting "
        "Indonesian President on Monday.\n"
        "The talks were attended on the Indonesian side by Foreign Minister Dewi Lestari "
        "and Trade Minister Bayu Santoso.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Dewi Lestari", "Foreign Ministry") in member
    assert ent(ex, "Foreign Ministry").country == "IDN"
    assert ent(ex, "Trade Ministry").country == "IDN"
    assert ent(ex, "Dewi Lestari").country == "IDN"
    # the title names no country: the ministry is no member of it
    assert ("Foreign Ministry", "Indonesia") not in member


def test_en_minister_without_a_side_keeps_a_ministry_of_no_country():
    ex = run(
        "Talks held\n\nForeign Minister Dewi Lestari held talks with a delegation on Monday.",
        "en",
    )
    assert ent(ex, "Foreign Ministry").country is None
