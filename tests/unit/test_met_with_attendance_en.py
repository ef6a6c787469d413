"""Attendance phrased as the news genre phrases it: "Also present at the meeting were X", "X also
joined the meeting" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

RECEIVED = (
    "Foreign Minister Karim Haddad received Danish Foreign Minister Anna Berg in Amman on Monday. "
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_also_present_at_the_meeting_were():
    ex = run(
        RECEIVED + "Also present at the meeting were Jordan's Ambassador to Denmark Tom Reyes.",
        "en",
    )
    assert met(ex) == {pair("Karim Haddad", "Anna Berg"), pair("Anna Berg", "Tom Reyes")}


def test_also_joined_the_meeting():
    ex = run(RECEIVED + "Jordan's Ambassador to Denmark Tom Reyes also joined the meeting.", "en")
    assert met(ex) == {pair("Karim Haddad", "Anna Berg"), pair("Anna Berg", "Tom Reyes")}


def test_present_at_a_call_is_no_meeting():
    ex = run(
        "Foreign Minister Karim Haddad spoke with Danish Foreign Minister Anna Berg on Monday. "
        "Also present at the meeting were Jordan's Ambassador to Denmark Tom Reyes.",
        "en",
    )
    assert met(ex) == set()


def test_ar_attended_the_meeting():
    ex = run(
        "استقبل وزير الخارجية الأردني كريم حداد وزير الخارجية العراقي فؤاد حسين في عمان. "
        "وحضر اللقاء سفير الأردن لدى العراق سالم الجبوري.",
        "ar",
    )
    assert pair("فؤاد حسين", "سالم الجبوري") in met(ex)
