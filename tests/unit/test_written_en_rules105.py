"""English portfolio forms of round 22: "Minister for Climate Change" holds the environment
portfolio, so the title implies that ministry, named with the title's words ("Ministry for
Climate Change") and its country (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_minister_for_climate_change_implies_a_ministry():
    ex = run(
        "Ministers meet in Suva\n\n"
        "SUVA - Australia's Minister for Foreign Affairs, Senator Jane Hollis, met Fiji's "
        "Minister for Climate Change, Mr Sefanaia Ravuvu, on Monday.",
        "en",
    )
    ministry = ent(ex, "Fijian Ministry for Climate Change")
    assert (ministry.name, "Fiji") in rels(ex, "MEMBER_OF")
    assert ("Sefanaia Ravuvu", ministry.name) in rels(ex, "MEMBER_OF")
