"""The Maghreb chief-executive title «الرئيس المدير العام» is one role: no bare «الرئيس» official
is left before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "اجتماع طاقوي\n"
    "وحضر الاجتماع الرئيس المدير العام لشركة فوسفاطيك، كريم بن يوسف، والأمين العام "
    "للوزارة، سعاد قادري."
)


def test_ar_chief_executive_title_is_one_role():
    ex = run(_TEXT, "ar")
    assert "الرئيس" not in names(ex, "Official")
    assert ("كريم بن يوسف", "شركة فوسفاطيك") in rels(ex, "MEMBER_OF")
