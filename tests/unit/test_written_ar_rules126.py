"""A post with its field and no name, the object of a meeting verb (right after it, or after its
subject and a time: «أن يلتقي الوفد غداً وزير X»), names the host's holder of the post, one
person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_planned_meeting_object_after_subject_and_tomorrow():
    ex = run("ومن المقرر أن يلتقي الوفد البرلماني غداً وزير الزراعة والثروة السمكية.", "ar")
    assert "وزير الزراعة والثروة السمكية" in names(ex, "Official")


def test_ar_meeting_object_after_day_part():
    ex = run("ويلتقي الضيف صباح الخميس وزير النقل قبل أن يغادر البلاد.", "ar")
    assert "وزير النقل" in names(ex, "Official")


def test_ar_bare_minister_after_meeting_verb_names_no_new_person():
    ex = run("ومن المقرر أن يلتقي الوفد غداً الوزير في مكتبه.", "ar")
    assert not names(ex, "Official")


def test_ar_post_right_after_the_verb_is_its_subject():
    # verb-first: the post right after the meeting verb is who met, not an unnamed object
    ex = run("استقبل وزير الصحة اليوم سفير النمسا غير المقيم كارل هوبر.", "ar")
    assert "وزير الصحة" not in names(ex, "Official")
