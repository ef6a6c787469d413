"""A minister's fields joined by "and" end with a portfolio whose first word opens a longer form
and is no portfolio alone ("Social Security", "Social Welfare"; not "Investment", which may end
one): that word goes on, the word after it ends the field, and the holder's name follows
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_joined_fields_ending_in_social_security_before_an_unlisted_name():
    ex = run(
        "Minister of Labour and Social Security Tharindu Wickremesinghe opened the session.", "en"
    )
    assert names(ex, "Official") == {"Tharindu Wickremesinghe"}
    assert ("Tharindu Wickremesinghe", "Ministry of Labour and Social Security") in rels(
        ex, "MEMBER_OF"
    )


def test_en_joined_fields_ending_in_social_welfare_before_an_unlisted_name():
    ex = run(
        "Deputy Minister of Fisheries and Social Welfare Kasun Dissawickrama attended the talks.",
        "en",
    )
    assert names(ex, "Official") == {"Kasun Dissawickrama"}


def test_en_field_ending_in_a_one_word_portfolio_before_an_unlisted_name():
    ex = run(
        "He met Minister of State for Economic Affairs and Investment Fahim Saleh Al-Rashidi"
        " on Monday.",
        "en",
    )
    assert "Fahim Saleh Al-Rashidi" in names(ex, "Official")
