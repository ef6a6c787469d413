"""Arabic: a post after a named official, followed by an honorific ("الدكتورة", "السيدة"), is the
post of the person the honorific introduces, not a second post of the official before it, even
when no list holds that person's given name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_ar_post_before_an_honorific_is_not_the_previous_officials():
    ex = run(
        "وشارك في الورشة مستشار الوزير للشؤون القانونية الدكتور حازم ياسين الجبوري، ومديرة"
        " قسم الإحصاء الدكتورة تغريد فاضل الخزرجي.",
        "ar",
    )
    assert "مديرة" not in ent(ex, "حازم ياسين الجبوري").title


def test_ar_post_set_off_after_a_name_is_still_its_own():
    ex = run(
        "واستقبل الوزير الدكتور قاسم علي الربيعي، مدير عام دائرة التخطيط، سفير اليابان.",
        "ar",
    )
    assert "مدير عام دائرة التخطيط" in ent(ex, "قاسم علي الربيعي").title
