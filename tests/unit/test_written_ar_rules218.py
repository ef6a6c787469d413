"""Arabic chaired sittings of round 25: "aqadat lajnat X ijtima'an ma'a wafd Y. tara''asa al-ijtima'
Z, bi-musharakat A wa-B": after a body's meeting with a delegation, the one who chairs "the
meeting" (named on neither side) sits for the body that held it and meets the delegation; the
members attending with him meet the delegation, not their chair (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "المنامة في 4 مايو /بنا/ عقدت لجنة الشؤون المالية والاقتصادية بمجلس النواب اجتماعاً اليوم، "
    "مع وفد البرلمان الإندونيسي الذي يزور البلاد حالياً.\n"
    "ترأس الاجتماع سعادة السيد خالد يوسف البوعينين رئيس اللجنة، بمشاركة عضوي المجلس سعادة السيدة "
    "هدى علي الشهابي وسعادة السيد فيصل راشد الكوهجي.\n"
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_chair_of_the_meeting_told_meets_the_delegation():
    found = met(run(_TEXT, "ar"))
    assert pair("خالد يوسف البوعينين", "وفد البرلمان الإندونيسي") in found
    assert pair("هدى علي الشهابي", "وفد البرلمان الإندونيسي") in found
    assert pair("فيصل راشد الكوهجي", "وفد البرلمان الإندونيسي") in found
    assert pair("هدى علي الشهابي", "خالد يوسف البوعينين") not in found
