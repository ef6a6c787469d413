"""Arabic: a briefing's header line "TITLE: NAME" names the title's holder (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

BRIEFING = """مؤتمر صحفي مشترك في هلسنكي

وزير الدفاع الفنلندي: ماركوس ليندروس

استعرض الوزير خلال المؤتمر خطط تحديث القوات البرية وشراء طائرات جديدة."""


def test_ar_header_title_colon_name_binds_the_name():
    ex = run(BRIEFING, "ar")
    assert "ماركوس ليندروس" in names(ex, "Official")
    assert ("ماركوس ليندروس", "وزارة الدفاع") in rels(ex, "MEMBER_OF")


def test_ar_title_colon_then_a_sentence_names_nobody():
    ex = run("وقال وزير الطاقة: سنرفع الإنتاج في الربع المقبل من العام.", "ar")
    assert not any("سنرفع" in n for n in names(ex, "Official"))


def test_en_transcript_speaker_label_with_a_greeting_names_nobody():
    # a transcript's speaker label ends its line with a capitalised greeting, no name-list word
    ex = run("Press Briefing\n\nMODERATOR: Thank You All\n\nAMBASSADOR: Happy New Year", "en")
    assert not any("Happy" in n for n in names(ex, "Official"))


def test_en_header_title_colon_listed_name_binds_the_name():
    ex = run("Foreign Minister: Anna Berg\nThe minister spoke to reporters on Monday.", "en")
    assert "Anna Berg" in names(ex, "Official")


def test_ar_bare_speaker_label_with_a_greeting_names_nobody():
    # a transcript's bare speaker label (no body, no country) before a greeting
    ex = run("لقاء مع الصحفيين\n\nالمتحدث الرسمي: صباح الخير\n\nسؤال: هل من جديد؟", "ar")
    assert not any("الخير" in n for n in names(ex, "Official"))
