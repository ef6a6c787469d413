"""Arabic belonging of round 23: a press release's issuer lines, a body's line and the line of a
unit of it («وزارة الخارجية» / «مديرية الإعلام»), place the unit in the body (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_directorate_line_under_ministry_line():
    ex = run(
        "وزارة الزراعة والري\n"
        "مديرية العلاقات العامة\n"
        "استقبل وزير الزراعة والري كمال سعيد الحمدان اليوم سفير اليابان.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert any(
        s == "مديرية العلاقات العامة" and t is not None and "الزراعة" in t for s, t in members
    )
