"""Review fixes, round 20, Arabic (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_part_of_the_day_after_a_full_name_is_no_name_word():
    # «صباح الخميس» after a named minister is "on Thursday morning", not a third name word
    ex = run(
        "لقاء\nاستقبل وزير الخارجية سامي العلي صباح الخميس السفير الياباني تاكيشي ناكاي "
        "وبحث معه العلاقات.",
        "ar",
    )
    assert "سامي العلي" in names(ex, "Official")
    assert ("سامي العلي", "تاكيشي ناكاي") in rels(ex, "MET_WITH")


def test_ar_a_given_name_after_a_glued_li_is_a_name_not_a_purpose():
    # «لتيسير» is li- + the given name Taysir, of the shape of li- + a verbal noun («لتنسيق»)
    ex = run(
        "شكر\nوجه وزير الخارجية الشكر لتيسير الخالدي سفير الأردن على جهوده.",
        "ar",
    )
    assert any("الخالدي" in n for n in names(ex, "Official"))


def test_ar_li_and_a_verbal_noun_after_a_body_still_ends_the_title():
    ex = run(
        "اجتماع\nالتقى الأمين العام لجامعة الدول العربية لتنسيق المواقف سالم الراشد "
        "وزير خارجية تونس.",
        "ar",
    )
    assert not any("لتنسيق" in n for n in names(ex, "Official"))
