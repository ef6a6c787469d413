"""An escort named as the subject of "accompanied the <title words> Minister at all meetings":
the escort meets the other side of each meeting the paragraph tells, not those of an earlier leg
of the tour (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Minister visits Sarajevo and Tirana\n\n"
    "Vienna, 14 May 2026 - Federal Minister for European Affairs Anna Hofer travelled to Bosnia "
    "and Herzegovina and Albania on 12 and 13 May.\n\n"
    "In Sarajevo, Federal Minister Hofer was received by Bosnian Foreign Minister Amir Hadzic.\n\n"
    "In Tirana on 13 May, the Federal Minister held a working lunch with Albanian Minister for "
    "Foreign Affairs Elira Dema, followed by a meeting with President Besnik Krasniqi. Austrian "
    "Ambassador to Albania Katharina Wald accompanied the Federal Minister at all meetings in "
    "Tirana.\n"
)


def test_en_escort_of_a_titled_minister_meets_this_paragraphs_parties():
    m = met(run(TEXT, "en"))
    assert frozenset({"Katharina Wald", "Elira Dema"}) in m
    assert frozenset({"Katharina Wald", "Besnik Krasniqi"}) in m
    assert frozenset({"Katharina Wald", "Amir Hadzic"}) not in m
