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


def test_en_word_after_adjective_stays_in_body_before_particle_name():
    """Mend 2: an unlisted word after an adjective ("Scientific Research") ends the body's name;
    it is not taken as the holder's given name before a particle surname."""
    ex = run(
        "Head of the Council for Scientific Research Khalid Hassan Al-Mansoori received the "
        "visiting delegation on Monday.",
        "en",
    )
    assert "Khalid Hassan Al-Mansoori" in names(ex, "Official")
    assert "Council for Scientific Research" in names(ex, "Agency")


def test_en_unlisted_given_name_after_plural_still_cut():
    """Mend 2 guard: after a plural that closes the body, the unlisted word is the given name."""
    ex = run("Chairman of the Board of Governors Yusra Omar Al-Fadhli opened the meeting.", "en")
    assert "Yusra Omar Al-Fadhli" in names(ex, "Official")
