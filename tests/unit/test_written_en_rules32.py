"""Names and titles of officials, round 16 (sentences written for these tests, names invented)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_clerk_of_a_parliament_is_a_title():
    ex = run(
        "Delegation visits parliament\n"
        "Also present at the meeting was the Clerk of the National Assembly, Mr. Peter Odhiambo "
        "Wekesa.",
        "en",
    )
    assert "Peter Odhiambo Wekesa" in names(ex, "Official")
    assert ("Peter Odhiambo Wekesa", "National Assembly") in rels(ex, "MEMBER_OF")


def test_en_family_name_spelled_as_a_stop_word_opens_a_name_after_a_title():
    # Vietnamese "Do" (a function word when lower case) opens a name after a title's comma
    ex = run(
        "Coast guards meet\n"
        "He held talks with the head of the Vietnam Border Guard, Do Minh Quang, on Monday.",
        "en",
    )
    assert "Do Minh Quang" in names(ex, "Official")
    assert ("Do Minh Quang", "Vietnam Border Guard") in rels(ex, "MEMBER_OF")


def test_en_capitalised_stop_word_at_sentence_start_opens_no_name():
    ex = run("Talks\nDo Minh Quang and his team arrived. They met nobody.", "en")
    assert "Do Minh Quang" not in names(ex, "Official")


def test_en_senior_lieutenant_general_is_one_rank():
    ex = run(
        "Defence talks\n"
        "Deputy Defence Minister Senior Lieutenant General Tran Quoc Bao attended the meeting.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Tran Quoc Bao" in officials
    assert "Senior" not in officials
