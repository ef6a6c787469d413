"""A side phrase right after the name a title opens («وحضر نائب الوزير X عن الجانب Y، ونائب
الوزير Z عن الجانب W»): the holder is of that side, and so is the ministry his title names, not
of the side named before for another holder, round 29 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

_TEXT = (
    "جلسة عمل حول حصص الصيد\n"
    "ترومسو - شارك في جلسة العمل المخصصة لحصص الصيد يوم الخميس نائب وزير الخارجية لينا دال عن "
    "الجانب النرويجي، ونائب وزير الخارجية إغناسيو فوينزاليدا عن الجانب التشيلي."
)


def test_ar_holder_named_after_his_title_takes_the_side_after_his_name():
    ex = run(_TEXT, "ar")
    assert ent(ex, "إغناسيو فوينزاليدا").country == "CHL"
    assert ent(ex, "لينا دال").country == "NOR"


def test_ar_each_named_holder_is_of_his_own_sides_ministry():
    member = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("إغناسيو فوينزاليدا", "وزارة الخارجية التشيلية") in member
    assert ("لينا دال", "وزارة الخارجية النرويجية") in member
