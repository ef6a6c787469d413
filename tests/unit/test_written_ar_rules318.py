"""A board role with the board definite and its owner left unsaid ("deputy chairman of the
board", "member of the board"): a role of the board, like the indefinite board before its body;
the board is no agency of its own; and the board's chairman is the body's head (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "افتتح بنك التنمية الزراعية فرعه الجديد في مدينة صحار أمس، وقص الشريط نائب رئيس مجلس "
    "الإدارة حمود سالم الهنائي، فيما تحدثت عن خطط التوسع عضو مجلس الإدارة ليلى راشد البلوشي.\n"
)


def test_ar_definite_board_is_no_agency():
    ex = run(TEXT, "ar")
    assert "مجلس الإدارة" not in names(ex, "Agency")
    assert {"حمود سالم الهنائي", "ليلى راشد البلوشي"} <= names(ex, "Official")
    assert not any(target == "مجلس الإدارة" for _, target in rels(ex, "MEMBER_OF"))


HEADLINE = "رئيس غرفة تجارة وصناعة بنغازي يناقش مع سفير البرتغال التعاون في صناعة الأدوية"
BODY = (
    "ناقش رئيس مجلس إدارة غرفة تجارة وصناعة بنغازي عماد فتحي الكردي مع سفير البرتغال لويس "
    "ماركيش، ظهر الأحد، فرص التعاون في صناعة الأدوية.\n"
    "وحضر الاجتماع رئيس مجلس الأعمال الليبي البرتغالي خالد ناصر العلي.\n"
)


def test_ar_headline_head_of_a_body_is_its_board_chairman():
    """The chairman of a body's board is the body's head: a headline's "head of <body>" is
    him, not another head whose title carries the body's country."""
    ex = run(BODY, "ar", title=HEADLINE)
    by_name = {e.name: e for e in ex.entities if e.type == "Official"}
    assert "رئيس غرفة تجارة وصناعة بنغازي" in by_name["عماد فتحي الكردي"].aliases
    assert "رئيس غرفة تجارة وصناعة بنغازي" not in by_name["خالد ناصر العلي"].aliases
