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


def test_en_a_closing_escort_meets_the_co_chair_of_a_dialogue_told_as_one_group():
    # the co-chairs are told as one group ("X and Y co-chaired"): the escort of one meets the other
    ex = run(
        "Joint statement on the first Strategic Dialogue\n"
        "The Honourable Marie Lachance-Roy, Minister of Foreign Affairs of Canada, and Mr. "
        "Henrik Aalborg-Nissen, Minister of Foreign Affairs of Denmark, issued the following "
        "statement after co-chairing the first Canada-Denmark Strategic Dialogue in Ottawa.\n"
        "Minister Aalborg-Nissen also met with the Speaker of the Senate, the Honourable "
        "Paul Tremaine-Gauthier.\n"
        "Minister Aalborg-Nissen was accompanied by Denmark's Ambassador to Canada, Ms. "
        "Birgitte Holm-Larsen.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Birgitte Holm-Larsen", "Marie Lachance-Roy"}) in pairs
    assert frozenset({"Birgitte Holm-Larsen", "Paul Tremaine-Gauthier"}) in pairs


def test_en_the_two_sides_are_not_the_members_a_delegation_list_names():
    ex = run(
        "Consultations between Chile and Norway\n"
        "Deputy Minister of Foreign Affairs of Chile Mr. Rodrigo Alvear-Munoz received State "
        "Secretary of Norway Ms. Ingrid Solberg-Haug in Santiago. "
        "The Norwegian delegation included Director for the Americas Mr. Eirik Brekke-Lund and "
        "Senior Adviser Ms. Tone Vik-Hansen.\n"
        "On trade, the two sides discussed the free trade agreement with the EFTA states.",
        "en",
    )
    assert frozenset({"Eirik Brekke-Lund", "Tone Vik-Hansen"}) not in met(ex)
