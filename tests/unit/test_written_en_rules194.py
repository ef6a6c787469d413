"""English: a place named by a head noun ("Peninsula", "Palace", "Presidential") and a headline's
title-case verb ("Holds") are never words of a person's name (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_peninsula_before_a_titled_speaker_is_no_official():
    ex = run(
        "Turning to the Arabian Peninsula, Ambassador Lindqvist stressed that maritime "
        "security remained a priority.",
        "en",
    )
    assert "Arabian Peninsula" not in names(ex, "Official")


def test_en_presidential_palace_after_a_rank_is_no_official():
    ex = run(
        "Later, Minister Okonkwo paid a courtesy call on the Vice President of Ghana at the "
        "Vice Presidential Palace in Accra.",
        "en",
    )
    officials = names(ex, "Official")
    assert not any("Palace" in n or n == "Presidential" for n in officials)


def test_en_headline_verb_holds_stays_out_of_the_name():
    ex = run("Trade Minister Al-Mansouri Holds Talks with Polish Counterpart in Warsaw", "en")
    officials = names(ex, "Official")
    assert not any(n.endswith("Holds") for n in officials)
