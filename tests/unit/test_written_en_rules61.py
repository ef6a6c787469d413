"""Round-20 body rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_a_former_minister_is_no_second_head_under_the_dateline():
    # the former Kuwaiti foreign minister holds no ministry now: the unmarked foreign minister
    # stays the head of the dispatch's own ministry, Kuwait's
    ex = run(
        "Talks\n"
        "KUWAIT (Agency) - The foreign minister Khalid Ahmad Al-Mutairi met on Monday the former "
        "Kuwaiti foreign minister Salem Fahad Al-Ajmi and discussed regional issues.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Khalid Ahmad Al-Mutairi")
    assert (ministry, "Kuwait") in members

