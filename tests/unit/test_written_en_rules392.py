"""A pronoun subject, an auxiliary and one adverb before a passive meeting verb ("she was later
received by Y"): the pronoun carries the earlier subject, who meets the agent (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Trade envoy tours Andean ports\n\n"
    "Kenyan Trade Minister Wanjiku Achieng toured the container port of Guayaquil on Monday "
    "morning. In the afternoon she was subsequently received by Vice President Marco Salcedo "
    "at the Carondelet Palace.\n"
)


def test_en_adverb_between_auxiliary_and_passive_meeting_verb():
    assert frozenset({"Wanjiku Achieng", "Marco Salcedo"}) in met(run(TEXT, "en"))
