"""Arabic: names each ranked by an honorific and joined by "and" right before a dual or plural
post ("[Excellency Mrs] X Y and [Excellency Mr] Z W, the two members of the council") all hold
the post, though no list holds their given names (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_two_styled_names_before_dual_post():
    ex = run(
        "ويضم الوفد سعادة السيدة كاورو هاياشي وسعادة السيد تاكيشي موري عضوي مجلس النواب.", "ar"
    )
    got = names(ex, "Official")
    assert "كاورو هاياشي" in got
    assert "تاكيشي موري" in got
    assert ("كاورو هاياشي", "مجلس النواب") in rels(ex, "MEMBER_OF")


def test_ar_styled_names_with_commas_before_dual_post():
    ex = run(
        "وتضم البعثة سعادة الدكتورة نورة خلفان الحبسي، وسعادة راشد مبارك الدرعي، عضوي المجلس.",
        "ar",
    )
    got = names(ex, "Official")
    assert "نورة خلفان الحبسي" in got
    assert "راشد مبارك الدرعي" in got


def test_ar_styled_names_without_post_no_official():
    ex = run("وحضر الحفل سعادة السيدة كاورو هاياشي وسعادة السيد تاكيشي موري.", "ar")
    assert "كاورو هاياشي" not in names(ex, "Official")
