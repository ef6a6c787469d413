"""Arabic dispatches: in a list of names after a plural (dual) post, "and" glued to an unlisted
foreign given name opens the second name. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_glued_and_unlisted_given_name_in_a_dual_list():
    ex = run("وحضر اللقاء عضوا البرلمان الأوروبي يوهان ميكلسن وماريكه ستروم، ونائب السفير.", "ar")
    found = names(ex, "Official")
    assert "يوهان ميكلسن" in found
    assert "ماريكه ستروم" in found


def test_ar_glued_and_word_before_a_definite_word_stays_out_of_a_list():
    ex = run("وحضر اللقاء عضوا البرلمان الأوروبي يوهان ميكلسن وماريكه الجديدة، ونائب السفير.", "ar")
    assert not any("الجديدة" in n for n in names(ex, "Official"))
