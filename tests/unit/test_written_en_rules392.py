"""A pronoun subject, an auxiliary and one adverb before a passive meeting verb ("he was warmly
received by Y"): the pronoun carries the earlier subject, who meets the agent (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Hake plant opens on the coast\n\n"
    "Norway's Fisheries Minister Halvard Eikeland flew to Walvis Bay on Wednesday to inspect a "
    "new hake processing plant. On Thursday he was warmly received by Namibian Prime Minister "
    "Selma Nangolo, who thanked Oslo for its support.\n"
)


def test_en_adverb_between_auxiliary_and_passive_meeting_verb():
    assert frozenset({"Halvard Eikeland", "Selma Nangolo"}) in met(run(TEXT, "en"))
