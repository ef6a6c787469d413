"""A lexicon phrase of seven words is found: "presented a copy of his credentials to Y" (a
meeting cue of seven words) names the official the envoy met (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "New envoy in Ruritania\n\n"
    "On Tuesday, the new Ambassador of Lomaria, Kofi Rand, presented a copy of his credentials to "
    "the Minister of Foreign Affairs of Ruritania, Ilse Moor, at the ministry.\n"
)


def test_en_a_seven_word_cue_is_matched():
    assert frozenset({"Kofi Rand", "Ilse Moor"}) in met(run(TEXT, "en"))
