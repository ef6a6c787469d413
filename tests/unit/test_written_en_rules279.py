"""An escort named as the subject of "accompanied the <title words> Minister at all meetings":
the escort meets the other side of each meeting the paragraph tells, not those of an earlier leg
of the tour (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Commerce Minister tours Chisinau and Tbilisi\n\n"
    "New Delhi, 9 June 2026 - Union Minister for Commerce Arvind Rao spent 7 and 8 June in "
    "Moldova and Georgia.\n\n"
    "In Chisinau, Minister Rao was welcomed by Moldovan Economy Minister Ion Rusu.\n\n"
    "In Tbilisi on 8 June, the Union Minister held talks with Georgian Minister of Economy "
    "Nino Beridze, and later met Prime Minister Davit Lomidze. Indian Ambassador to Georgia "
    "Meera Iyer accompanied the Union Minister at all meetings in Tbilisi.\n"
)


def test_en_escort_of_a_titled_minister_meets_this_paragraphs_parties():
    m = met(run(TEXT, "en"))
    assert frozenset({"Meera Iyer", "Nino Beridze"}) in m
    assert frozenset({"Meera Iyer", "Davit Lomidze"}) in m
    assert frozenset({"Meera Iyer", "Ion Rusu"}) not in m
