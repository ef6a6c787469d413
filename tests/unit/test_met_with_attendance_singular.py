"""Attendance in the singular: "Also present was X" (a readout's closing line) joins X to the
meeting reported before, as "Also present were X and Y" does; Arabic "وحضر اللقاء X" likewise.
Sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_en_also_present_was():
    ex = run(
        "Prime Minister Lars Holm met with Foreign Minister Hans Berger of Austria. Also present "
        "was Ambassador Sara Cole.",
        "en",
    )
    assert pair("Sara Cole", "Hans Berger") in met(ex)
    assert pair("Lars Holm", "Hans Berger") in met(ex)


def test_en_present_was_after_a_call_is_no_meeting():
    ex = run(
        "Prime Minister Lars Holm spoke by phone with Foreign Minister Hans Berger of Austria. "
        "Also present was Ambassador Sara Cole.",
        "en",
    )
    assert met(ex) == set()


def test_ar_attended_the_meeting():
    ex = run(
        "التقى وزير الخارجية النمساوي هانز برغر رئيس الوزراء الأردني عمر حداد. وحضر اللقاء سفير"
        " النمسا لدى الأردن كارل ماير.",
        "ar",
    )
    assert pair("كارل ماير", "عمر حداد") in met(ex)
