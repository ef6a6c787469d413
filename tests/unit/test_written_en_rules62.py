"""Rules of round 21 (met), English: MET_WITH in government texts (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_an_attending_ambassador_posted_to_the_hosts_country_meets_the_host():
    ex = run(
        "Foreign Minister receives Czech counterpart\n"
        "OSLO, May 2 -- Norway's Minister of Foreign Affairs Ingrid Solberg-Haug received on "
        "Monday Czech Minister of Foreign Affairs Pavel Dvorak-Novy. "
        "The meeting was attended by State Secretary Lars Kvale and the Czech Republic's "
        "non-resident Ambassador to Norway Jan Hruby-Sedlak.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Jan Hruby-Sedlak", "Ingrid Solberg-Haug"}) in pairs
    assert frozenset({"Jan Hruby-Sedlak", "Pavel Dvorak-Novy"}) not in pairs
    assert frozenset({"Lars Kvale", "Pavel Dvorak-Novy"}) in pairs


def test_en_an_attending_ambassador_posted_to_the_guests_country_meets_the_guest():
    ex = run(
        "Foreign Minister receives Czech counterpart\n"
        "OSLO, May 2 -- Norway's Minister of Foreign Affairs Ingrid Solberg-Haug received on "
        "Monday Czech Minister of Foreign Affairs Pavel Dvorak-Novy. "
        "The meeting was attended by Norway's Ambassador to the Czech Republic Eirik Brekke-Lund.",
        "en",
    )
    assert frozenset({"Eirik Brekke-Lund", "Pavel Dvorak-Novy"}) in met(ex)
