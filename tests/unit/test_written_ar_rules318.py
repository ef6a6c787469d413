"""A board role with the board definite and its owner left unsaid ("deputy chairman of the
board", "member of the board"): a role of the board, like the indefinite board before its body;
the board is no agency of its own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "استقبل رئيس مجلس إدارة غرفة تجارة وصناعة البحرين جاسم علي الزياني اليوم وفدا من اتحاد "
    "الغرف الهندية.\n"
    "وحضر اللقاء من جانب الغرفة نائب رئيس مجلس الإدارة سامي خليل المؤيد وعضو مجلس الإدارة "
    "نوال عيسى الجودر.\n"
)


def test_ar_definite_board_is_no_agency():
    ex = run(TEXT, "ar")
    assert "مجلس الإدارة" not in names(ex, "Agency")
    assert {"سامي خليل المؤيد", "نوال عيسى الجودر"} <= names(ex, "Official")
    assert not any(target == "مجلس الإدارة" for _, target in rels(ex, "MEMBER_OF"))
