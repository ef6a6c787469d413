"""A word spelled like a future verb after a name word, with a future day or a part of the day
right after it («الوزير فيريرا سيلتقي غداً …»), is the name's verb, not its last word (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_future_verb_after_one_word_name_before_tomorrow():
    ex = run("وقال المتحدث إن الوزير فيريرا سيلتقي غداً رئيس مجلس الشيوخ قبل مغادرته.", "ar")
    assert "فيريرا" in names(ex, "Official")
    assert not any("سيلتقي" in n for n in names(ex, "Official"))


def test_ar_future_shaped_given_name_stays_a_name():
    ex = run("وأوضح أن الرئيس سيرغي إيفانوف سيزور غداً الرياض.", "ar")
    assert "سيرغي إيفانوف" in names(ex, "Official")
