"""A side phrase right after the name a title opens ("a session attended by Trade Minister X
for the Ruritanian side and Trade Minister Y for the Freedonian side"): the holder is of that
side, and so is the ministry his title implies, not of the side named before for another holder,
round 29 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

_TEXT = (
    "Fisheries talks in Tromso\n"
    "TROMSO - A working session on fisheries quotas was held on Thursday, attended by Deputy "
    "Minister of Foreign Affairs Lena Dahl for the Norwegian side and Vice Minister of Foreign "
    "Affairs Ignacio Fuenzalida for the Chilean side."
)


def test_en_holder_named_after_his_title_takes_the_side_after_his_name():
    ex = run(_TEXT, "en")
    assert ent(ex, "Ignacio Fuenzalida").country == "CHL"
    assert ent(ex, "Lena Dahl").country == "NOR"


def test_en_each_named_holder_is_of_his_own_sides_ministry():
    member = rels(run(_TEXT, "en"), "MEMBER_OF")
    assert ("Ignacio Fuenzalida", "Chilean Foreign Ministry") in member
    assert ("Lena Dahl", "Norwegian Foreign Ministry") in member
    assert ("Ignacio Fuenzalida", "Norwegian Foreign Ministry") not in member
