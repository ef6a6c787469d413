"""Mends of review 25: sentences written for these tests (invented names and wording)."""

from __future__ import annotations

from tests.unit.helpers import names, run


def test_en_compass_word_before_compound_demonym_keeps_country():
    """Mend 1: a compass word before a demonym that is no continent's ("North Macedonian") is
    part of the country's name, not a region's."""
    ex = run(
        "The North Macedonian Interior Minister Goran Petreski received the Serbian Interior "
        "Minister in Skopje on Thursday.",
        "en",
    )
    assert "North Macedonia" in names(ex, "Country")


def test_en_compass_word_before_america_is_still_a_region():
    """Mend 1 guard: "Central America" stays a region, with no country."""
    ex = run(
        "The Peruvian Trade Minister Rosa Quispe Huaman said exports to Central America rose "
        "last year.",
        "en",
    )
    assert "United States" not in names(ex, "Country")
