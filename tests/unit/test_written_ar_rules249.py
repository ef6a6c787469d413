"""A role governing a bare definite word no table tags, inside an official's mention and with a
break after it («المندوب الدائم للهيئة لدى ...، السفير X»), stands for the body named before
whose name opens with that word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "وزير يستقبل وفدا\n"
    "استقبل وزير الخارجية اليوم وفدا من جامعة الدول العربية برئاسة مسؤول فيها.\n"
    "وحضر المندوب الدائم للجامعة لدى تونس، السفير كمال يوسف الدرعي."
)


def _of(ex, name: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == name}


def test_ar_envoy_of_the_bare_word_is_in_the_body_it_opens():
    got = _of(run(_TEXT, "ar"), "كمال يوسف الدرعي")
    assert "جامعة الدول العربية" in got


def test_ar_bare_word_opening_no_body_before_binds_nothing():
    ex = run("لقاء\nوحضر المندوب الدائم للجامعة لدى تونس، السفير كمال يوسف الدرعي.", "ar")
    assert not _of(ex, "كمال يوسف الدرعي")
