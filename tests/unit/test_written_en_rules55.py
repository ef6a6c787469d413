"""Bodies, round 20 (second helper): sentences written for these tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_ministers_countryless_ministry_is_the_one_his_fuller_title_names():
    # the headline gives the minister's country, the body his bare title: one person holds one
    # ministry of a portfolio, so the body's country-less ministry is the headline's Austrian one
    ex = run(
        "Austrian Foreign Minister meets Chilean counterpart\n"
        "Foreign Minister Lukas Peter Brenner held talks with Chilean Foreign Minister Rosa Elena "
        "Vidal on Tuesday.",
        "en",
    )
    assert names(ex, "Agency") == {"Austrian Foreign Ministry", "Chilean Foreign Ministry"}
    members = rels(ex, "MEMBER_OF")
    assert ("Lukas Peter Brenner", "Austrian Foreign Ministry") in members
    assert ("Austrian Foreign Ministry", "Austria") in members
