"""A bracketed gloss after an official's title ("the speaker of the senate in the Peruvian
parliament (the upper chamber), and the delegation accompanying him") does not break the "and"
that joins the official to the accompanying delegation (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "رئيس الوزراء يستقبل رئيس البرلمان البيروفي"
TEXT = (
    "ليما - استقبل رئيس الوزراء الدكتور كمال عادل المصري في مكتبه صباح اليوم، السيد أنطونيو "
    "ميندوزا رئيس مجلس الشيوخ في البرلمان البيروفي (الغرفة العليا)، والوفد المرافق له، وتناول "
    "اللقاء سبل تعزيز التعاون الزراعي.\n"
)


def test_ar_gloss_after_title_keeps_and_accompanying():
    members = rels(run(TEXT, "ar", title=TITLE), "MEMBER_OF")
    assert ("أنطونيو ميندوزا", "الوفد المرافق له") in members
    assert ("كمال عادل المصري", "الوفد المرافق له") not in members
