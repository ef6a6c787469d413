"""Arabic: "الوكيل المساعد" (the assistant undersecretary), the masculine definite form of the post
whose feminine "الوكيلة المساعدة" is known, heads a title after a name; "الوكيل" and "المساعد" alone
stay family names (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_assistant_undersecretary_after_a_name_is_a_title():
    ex = run(
        "حضر الاجتماع سعادة راشد حمدان الكعبي، وكيل وزارة الطاقة، وسعادة ماجد سعيد البلوشي،"
        " الوكيل المساعد لقطاع الموارد المعدنية بالوزارة.",
        "ar",
    )
    assert "ماجد سعيد البلوشي" in names(ex, "Official")
    assert ent(ex, "ماجد سعيد البلوشي").title.startswith("الوكيل المساعد")
    assert ("ماجد سعيد البلوشي", "قطاع الموارد المعدنية") in rels(ex, "MEMBER_OF")


def test_ar_family_names_wakil_and_musaed_stay_names():
    ex = run(
        "وقال وزير النقل هشام الوكيل إن الطريق سيفتتح قريبا.\n"
        "واستقبل وزير الصحة نايف المساعد سفير كوريا.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "هشام الوكيل" in officials
    assert "نايف المساعد" in officials
