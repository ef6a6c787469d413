"""«مجمع» governed by a role is a company group («مدير مجمع X»), a body the holder is in;
elsewhere it is a complex, no body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_group_after_role_is_a_body():
    ex = run(
        "جولة ميدانية\nتفقد مدير مجمع صناعات الحديد، المهندس رضا قشوط، ورشات الإنتاج "
        "برفقة خبراء أجانب.",
        "ar",
    )
    assert ("رضا قشوط", "مجمع صناعات الحديد") in rels(ex, "MEMBER_OF")


def test_ar_complex_alone_is_no_body():
    ex = run("تدشين\nدشن الوالي أمس مجمع الرياضات المائية الجديد بالمدينة.", "ar")
    assert not {n for n in names(ex, "Agency") if n.startswith("مجمع")}
