"""Review fixes, round 20 (names), Arabic: a news agency a minister spoke to is no part of his
title; a part of the day ends a title; a post after a meeting verb's titled subject is the object's
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_a_title_only_minister_who_told_a_news_agency_is_still_an_official():
    ex = run(
        "تصريح\nصرح وزير الثقافة لوكالة الأنباء العمانية بأن المهرجان سيقام في موعده.",
        "ar",
    )
    assert "وزير الثقافة" in names(ex, "Official")
    assert "وكالة" not in (ent(ex, "وزير الثقافة").title or "")


def test_ar_a_news_agency_between_a_minister_and_his_name_is_not_his_title():
    ex = run(
        "تصريح\nقال وزير الدولة للشؤون الخارجية لوكالة الأنباء العمانية خالد الهنائي إن "
        "المحادثات كانت مثمرة.",
        "ar",
    )
    assert "خالد الهنائي" in names(ex, "Official")
    assert "وكالة" not in (ent(ex, "خالد الهنائي").title or "")


def test_ar_a_part_of_the_day_after_a_title_ends_it():
    # «صباح الأحد» ("on Sunday morning") between two titles: the first closes there
    ex = run(
        "لقاء\nاستقبل وزير الخارجية العماني صباح الأحد السفير الكوري هاروكي ساتو.",
        "ar",
    )
    assert "صباح" not in (ent(ex, "هاروكي ساتو").title or "")
    assert any("وزير الخارجية" in n for n in names(ex, "Official"))


def test_ar_an_unclosed_post_after_a_meeting_verbs_titled_subject_is_the_object():
    ex = run(
        "لقاء\nاستقبل وزير الداخلية حمد ناصر الكعبي رئيس قسم الجوازات في المطار.",
        "ar",
    )
    assert ("حمد ناصر الكعبي", "قسم الجوازات") not in rels(ex, "MEMBER_OF")


def test_ar_a_post_closed_by_a_comma_is_still_the_subjects_own():
    ex = run(
        "لقاء\nاستقبل السفير حمد ناصر الكعبي رئيس قسم الجوازات، اليوم، وفدا من رجال الأعمال.",
        "ar",
    )
    assert ("حمد ناصر الكعبي", "قسم الجوازات") in rels(ex, "MEMBER_OF")


def test_ar_a_title_closed_by_a_part_of_the_day_after_a_meeting_verb_is_the_host():
    ex = run(
        "لقاء\nاستقبل وزير الداخلية صباح الاثنين السفير الكوري هاروكي ساتو.",
        "ar",
    )
    assert ("وزير الداخلية", "هاروكي ساتو") in rels(ex, "MET_WITH")
