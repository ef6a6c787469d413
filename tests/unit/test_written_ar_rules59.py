"""Round-20 body rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_a_former_minister_is_no_second_head_under_the_dateline():
    # «وزير الخارجية الكويتي السابق» holds no ministry now: the unmarked foreign minister stays the
    # head of the dispatch's own ministry, Kuwait's
    ex = run(
        "لقاء\n"
        "الكويت (وكالة)- استقبل وزير الخارجية خالد أحمد المطيري اليوم رئيس البعثة.\n"
        "وحضر اللقاء سالم فهد العجمي وزير الخارجية الكويتي السابق.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "خالد أحمد المطيري")
    assert (ministry, "الكويت") in members
