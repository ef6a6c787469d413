"""A board role with the board definite and its owner left unsaid ("deputy chairman of the
board", "member of the board"): a role of the board, like the indefinite board before its body;
the board is no agency of its own; and the board's chairman is the body's head (sentences
written for these tests)."""

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


HEADLINE = "رئيس غرفة تجارة وصناعة البحرين يستقبل وفدا من اتحاد الغرف الهندية"
BODY = (
    "استقبل رئيس مجلس إدارة غرفة تجارة وصناعة البحرين جاسم علي الزياني اليوم وفدا من اتحاد "
    "الغرف الهندية.\n"
    "ويضم الوفد الهندي رئيس مجلس الأعمال الهندي البحريني فيكرام سينغ وعددا من رجال الأعمال.\n"
)


def test_ar_headline_head_of_a_body_is_its_board_chairman():
    """The chairman of a body's board is the body's head: a headline's "head of <body>" is
    him, not another head whose title carries the body's country."""
    ex = run(BODY, "ar", title=HEADLINE)
    by_name = {e.name: e for e in ex.entities if e.type == "Official"}
    assert "رئيس غرفة تجارة وصناعة البحرين" in by_name["جاسم علي الزياني"].aliases
    assert "رئيس غرفة تجارة وصناعة البحرين" not in by_name["فيكرام سينغ"].aliases
