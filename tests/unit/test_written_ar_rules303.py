""" "The centre" with the article heads a body's name right after a role that governs it, as
"centre" without it does ("the director of the national centre for X"); elsewhere it is a
common word, a rank or a place (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT_HEAD = (
    "ورشة علمية\n\n"
    "افتتح رئيس المركز الوطني لأبحاث الزلازل الدكتور وليد حسان الرفاعي ورشة عمل حول أنظمة "
    "الإنذار المبكر.\n"
)

TEXT_RANK = "سباق الهجن\n\nاحتل الفريق الإماراتي المركز الثاني في السباق الذي أقيم أمس.\n"


def test_ar_definite_centre_after_a_role_is_a_body():
    ex = run(TEXT_HEAD, "ar")
    assert ("وليد حسان الرفاعي", "المركز الوطني لأبحاث الزلازل") in rels(ex, "MEMBER_OF")


def test_ar_definite_centre_elsewhere_is_no_body():
    assert not names(run(TEXT_RANK, "ar"), "Agency")
