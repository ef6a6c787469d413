"""A meeting noun whose guest group is followed by a place or a time before the comma ("In a
meeting with X in Cairo on Sunday, Y said"): Y held the meeting; and "paid a visit to X".
Sentences written for these tests."""

from .helpers import met, run


def test_en_meeting_with_then_place_and_time_then_subject():
    ex = run(
        "In a meeting with Chilean Foreign Minister Pablo Reyes in Lima on Sunday, Peruvian "
        "Foreign Minister Lena Holm stressed the need for trade.",
        "en",
    )
    assert frozenset({"Pablo Reyes", "Lena Holm"}) in met(ex)


def test_en_a_verb_before_the_comma_is_no_circumstance():
    ex = run(
        "In a meeting with Chilean Foreign Minister Pablo Reyes that discussed trade, the "
        "delegates agreed.",
        "en",
    )
    assert not met(ex)


def test_en_paid_a_visit_to():
    ex = run(
        "Peruvian Foreign Minister Lena Holm paid a visit to Chilean President Pablo Reyes.", "en"
    )
    assert frozenset({"Pablo Reyes", "Lena Holm"}) in met(ex)


def test_ar_meeting_then_place_and_time_then_subject():
    ex = run(
        "وفي لقاء مع وزير الخارجية التشيلي بابلو مورينو في ليما اليوم، أكد وزير الخارجية البيروفي "
        "سامي عزيز أهمية التجارة.",
        "ar",
    )
    assert frozenset({"بابلو مورينو", "سامي عزيز"}) in met(ex)
