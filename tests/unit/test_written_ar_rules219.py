"""Arabic attendance of round 25: "wa-awdaha al-mutahaddith anna al-liqa' hadarahu al-duktur X …":
after a meeting noun, "hadarahu" is the verb "attended it" (the meeting its subject), not the style
"hadrat" before an honorific; those named after it attend the meeting told before (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "صرح السفير كمال حسن، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس عادل منصور استقبل "
    "اليوم بقصر الاتحادية السيد وليام كاماو، وزير الخارجية بجمهورية كينيا.\n"
    "وأوضح المتحدث الرسمي أن اللقاء حضره الدكتور سامي نور، وزير الخارجية، والسيد بيتر أوتينو، "
    "سفير كينيا بالقاهرة.\n"
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_meeting_noun_then_attended_it():
    found = met(run(_TEXT, "ar"))
    assert pair("سامي نور", "وليام كاماو") in found
    assert pair("بيتر أوتينو", "عادل منصور") in found
