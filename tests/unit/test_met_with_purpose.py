"""A future word that is also a preposition ("to") after a meeting verb opens a purpose or a
destination, not a tense (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, run

BERG, HADDAD = "Anna Berg", "Karim Haddad"


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Berg and Foreign Minister Karim Haddad discussed ways to deepen "
        "trade.",
        "Prime Minister Anna Berg met Foreign Minister Karim Haddad to review the border accord.",
        "Prime Minister Anna Berg and Foreign Minister Karim Haddad discussed steps to end the "
        "strike.",
        "A meeting between Prime Minister Anna Berg and Foreign Minister Karim Haddad to review "
        "the accord took place in Oslo.",
        "Prime Minister Anna Berg, who is on a working visit to Jordan, met Foreign Minister "
        "Karim Haddad.",
    ],
)
def test_en_purpose_to_after_the_verb_is_still_a_meeting(text):
    assert met(run(text, "en")) == {pair(BERG, HADDAD)}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Berg is to meet Foreign Minister Karim Haddad in Oslo.",
        "Prime Minister Anna Berg will meet Foreign Minister Karim Haddad in Oslo.",
        "Prime Minister Anna Berg plans to hold talks with Foreign Minister Karim Haddad.",
        "Prime Minister Anna Berg is expected to receive Foreign Minister Karim Haddad.",
        "A meeting between Prime Minister Anna Berg and Foreign Minister Karim Haddad will take "
        "place in Oslo.",
        "A meeting to be held between Prime Minister Anna Berg and Foreign Minister Karim Haddad "
        "was announced.",
    ],
)
def test_en_future_and_planned_meetings_stay_out(text):
    assert met(run(text, "en")) == set()


def test_ar_preposition_after_the_verb_is_no_future_but_sawfa_is():
    met_now = run(
        "التقى وزير الخارجية الأردني كريم حداد في عمان وزير الخارجية العراقي سالم الجبوري.", "ar"
    )
    assert met(met_now) == {pair("كريم حداد", "سالم الجبوري")}
    later = run(
        "سوف يلتقي وزير الخارجية الأردني كريم حداد في عمان وزير الخارجية العراقي سالم الجبوري.",
        "ar",
    )
    assert met(later) == set()
