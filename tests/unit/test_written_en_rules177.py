"""A minister who is also deputy prime minister holds the plain ministerial post: "the Trade
Minister" of a headline can be theirs, the deputy premiership held beside it is no lower rank
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_headline_minister_is_the_deputy_prime_minister_who_holds_the_portfolio():
    ex = run(
        "Deputy Prime Minister and Minister of Trade Mr. Veltor Amarsky co-chaired the joint"
        " committee with the Minister of Trade of the Republic of Korvania, Dr. Idris Qalhani,"
        " in Sofia today.\n"
        "Mr. Veltor said exports had doubled.",
        "en",
        title="Trade Minister co-chairs joint committee with Korvanian counterpart",
    )
    assert "Trade Minister" in ent(ex, "Veltor Amarsky").aliases
    assert "Trade Minister" not in ent(ex, "Idris Qalhani").aliases


def test_en_deputy_minister_is_still_not_the_minister():
    ex = run(
        "Deputy Minister of Trade Ms. Orla Benvik met Minister of Trade Mr. Tarun Velis today.\n"
        "The Trade Minister said the talks were useful.",
        "en",
    )
    assert "The Trade Minister" not in ent(ex, "Orla Benvik").aliases
