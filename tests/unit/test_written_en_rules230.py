"""English: a capitalised word spelled like a name particle ("Di") that closes a two-word name
before a comma is a name word (a Chinese given name), not a particle: "Liu Di, director-general of
…" is an official; "Luigi Di Maio" keeps the particle inside (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_particle_spelled_given_name_closing_a_name():
    ex = run(
        "The two sides exchanged views on trade. Liu Di, director-general of the Department of"
        " European Affairs of the Chinese Foreign Ministry, attended the consultations.",
        "en",
    )
    assert "Liu Di" in names(ex, "Official")


def test_en_particle_inside_a_name_stays_inside():
    ex = run("Foreign Minister Luigi Di Maio met the envoy in Rome.", "en")
    assert "Luigi Di Maio" in names(ex, "Official")
