"""The word after a name is the clause's next word, not the name's last: a word spelled like a
future verb with a future day or a part of the day right after it («الوزير فيريرا سيلتقي غداً …»);
a definite plural noun before a relative pronoun after one unlisted name word («الوزيرة X
التسهيلات التي …») (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_future_verb_after_one_word_name_before_tomorrow():
    ex = run("وقال المتحدث إن الوزير فيريرا سيلتقي غداً رئيس مجلس الشيوخ قبل مغادرته.", "ar")
    assert "فيريرا" in names(ex, "Official")
    assert not any("سيلتقي" in n for n in names(ex, "Official"))


def test_ar_future_shaped_given_name_stays_a_name():
    ex = run("وأوضح أن الرئيس سيرغي إيفانوف سيزور غداً الرياض.", "ar")
    assert "سيرغي إيفانوف" in names(ex, "Official")


def test_ar_definite_plural_object_before_relative_after_one_name_word():
    ex = run("فيما ثمنت الوزيرة موانغي التسهيلات التي تقدمها الحكومة للمستثمرين.", "ar")
    assert "موانغي" in names(ex, "Official")
    assert not any("التسهيلات" in n for n in names(ex, "Official"))
