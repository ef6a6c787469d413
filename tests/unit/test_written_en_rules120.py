"""English belonging of round 23: a body whose name holds the full name of an international
organisation the article names ("the United Nations Environment Programme") is a part of it;
a ministry whose portfolio names one is not (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_programme_named_after_the_organisation_is_part_of_it():
    ex = run(
        "Minister Petra Novak met the Secretary-General of the United Nations, Marco Ruiz, on "
        "Monday. She later visited the United Nations Environment Programme in Nairobi.",
        "en",
    )
    assert ("United Nations Environment Programme", "United Nations") in rels(ex, "MEMBER_OF")


def test_en_ministry_with_the_organisation_in_its_portfolio_is_not_part_of_it():
    ex = run(
        "The Minister of Foreign Affairs, the European Union and Cooperation, Ana Ribas, met "
        "the President of the European Commission, Karl Weber, on Monday. The European Union "
        "welcomed the talks.",
        "en",
    )
    assert not [r for r in rels(ex, "MEMBER_OF") if r[1] == "European Union" and "Ministry" in r[0]]
