"""Round-24 MEMBER_OF rule (Arabic), on sentences written for the test: a title that runs over
an official's name ("رئيس لجنة ... النائب X والأمين العام ... Y") places the body it names
before that name in X, not in Y."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "رئيس البرلمان يستقبل وفدا ماليزيا\n"
    "عمان (وكالة) - استقبل رئيس مجلس النواب الأردني سامي حداد العبادي اليوم وفدا برلمانيا "
    "من ماليزيا.\n"
    "وحضر اللقاء من الجانب الأردني رئيس لجنة الشؤون الخارجية البرلمانية النائب ماهر سالم "
    "الحمود والأمين العام لمجلس النواب عادل خليل الزعبي.\n"
)


def test_ar_body_named_before_a_name_in_a_run_on_title_is_that_names():
    members = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("ماهر سالم الحمود", "لجنة الشؤون الخارجية البرلمانية") in members


def test_ar_run_on_title_gives_the_next_official_no_body_named_before_the_name():
    members = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("عادل خليل الزعبي", "لجنة الشؤون الخارجية البرلمانية") not in members
    assert ("عادل خليل الزعبي", "مجلس النواب الأردني") in members
