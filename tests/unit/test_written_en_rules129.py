"""Round-23 agency rule (English): a country owning a minister's title through one capitalised
word of its government's style ("Ghana's National Security Minister X", "Ghana's Federal
Minister of Energy X") gives the implied ministry its country, as a title it opens with.
Sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def _ministry(ex, word):
    return next(e for e in ex.entities if e.type == "Agency" and word in e.name)


def test_en_a_style_word_between_the_owner_and_a_head_final_title():
    ex = run(
        "Talks in Accra\n"
        "ACCRA, May 3 - Ghana's National Defence Minister Kwame Boateng received the envoy on "
        "Monday.\n",
        "en",
    )
    m = _ministry(ex, "Defence")
    assert m.country == "GHA"
    assert (m.name, "Ghana") in rels(ex, "MEMBER_OF")


def test_en_a_style_word_between_the_owner_and_a_head_initial_title():
    ex = run(
        "Talks in Accra\n"
        "ACCRA, May 3 - Nigeria's Federal Minister of Energy Ada Eze met the envoy on Monday.\n",
        "en",
    )
    m = _ministry(ex, "Energy")
    assert m.country == "NGA"
    assert (m.name, "Nigeria") in rels(ex, "MEMBER_OF")
