""" "Head of state" («رئيس الدولة») is the president's title: alone, it is a mention of the
president the article named (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run, said


def test_ar_head_of_state_is_the_named_president():
    ex = run(
        "استقبل رئيس الجمهورية كمال بن حسن وزير الخارجية الإيطالي. "
        "وقال رئيس الدولة إن التعاون مع إيطاليا ضروري.",
        "ar",
    )
    assert "رئيس الدولة" not in names(ex, "Official")
    assert any(n == "كمال بن حسن" and "التعاون مع إيطاليا" in q for n, q in said(ex))


def test_en_head_of_state_is_the_named_president():
    ex = run(
        "President Mark Tanner received the Italian foreign minister in Lima. "
        "The head of state said the talks were useful.",
        "en",
    )
    assert "head of state" not in {n.lower() for n in names(ex, "Official")}
    assert ("Mark Tanner", "the talks were useful") in said(ex)
