"""Arabic agency forms of the ninth round (issue #10: bodies on unseen text): a body named with the
nisba its text gives the country, whatever the lexicon's first form (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


# ---- a body is named with the nisba its text gives the country ----
def test_ar_implied_ministry_takes_the_texts_own_nisba():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية الأردني سامر نبيل الحديدي اليوم في عمان وزير الخارجية القيرغستاني "
        "أسان توروبيكوف.",
        "ar",
    )
    # the title says «القيرغستاني»: its ministry is «القيرغستانية», not only the table's first form
    assert ent(ex, "وزارة الخارجية القيرغستانية").country == "KGZ"


# ---- a sub-body placed "in" a body named before it: its parent ----
def test_ar_sub_body_in_the_ministry_named_before_is_its_part():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية التونسي منير حسن الطرابلسي اليوم سفير اليابان كينجي ناكامورا، "
        "وحضر اللقاء مدير إدارة آسيا والمحيط الهادئ في الوزارة سامي عادل الجريبي.",
        "ar",
    )
    assert ("إدارة آسيا والمحيط الهادئ", "وزارة الخارجية") in rels(ex, "MEMBER_OF")
    assert ("سامي عادل الجريبي", "إدارة آسيا والمحيط الهادئ") in rels(ex, "MEMBER_OF")


def test_ar_sub_body_at_the_bank_glued_preposition():
    ex = run(
        "خبر\n\n"
        "التقى محافظ البنك المركزي الأردني عادل سعيد الشريدة وفدا من البنك الدولي، بحضور مديرة "
        "دائرة الاستقرار المالي بالبنك رنا فؤاد القاسم.",
        "ar",
    )
    assert ("دائرة الاستقرار المالي", "البنك المركزي الأردني") in rels(ex, "MEMBER_OF")
