""" "Remarks by X at the joint press point with Y": a joint event after a lone author leaves the
body X's remarks; "Remarks by X and Y at a joint …" stays a transcript of both (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import run, said

TITLE = (
    "Remarks by Commissioner Hedda Marstrand at the joint press point with Ms Ruth Okafor, "
    "Minister of Water Resources of Malawi"
)
BODY = (
    "Lilongwe, 3 March\n\n"
    "Irrigation took most of our working morning in the capital.\n\n"
    "Our funding for the northern dams will double over the next three years.\n"
)


def test_en_joint_press_point_after_a_lone_author_keeps_her_remarks():
    pairs = said(run(BODY, "en", title=TITLE))
    assert any(sp == "Hedda Marstrand" and "working morning" in q for sp, q in pairs)


def test_en_two_authors_of_joint_remarks_give_the_body_to_neither():
    title = (
        "Remarks by Commissioner Hedda Marstrand and Minister of Water Resources Ruth Okafor "
        "at a joint press point"
    )
    pairs = said(run(BODY, "en", title=title))
    assert not any("working morning" in q for _sp, q in pairs)
