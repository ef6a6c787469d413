"""Bodies of two countries named by hyphenated demonyms or country names ("the Canada-Peru
Parliamentary Friendship Group"), round 16 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_body_of_two_hyphenated_demonyms_is_named_with_both_and_has_no_country():
    ex = run(
        "Business ties\n"
        "LIMA - Luis Herrera, chair of the Peruvian-Canadian Business Council, said on Monday "
        "that trade would grow next year.",
        "en",
    )
    agencies = names(ex, "Agency")
    member = rels(ex, "MEMBER_OF")
    assert "Peruvian-Canadian Business Council" in agencies
    assert "Canadian Business Council" not in agencies
    assert ("Peruvian-Canadian Business Council", "Canada") not in member
    assert ("Peruvian-Canadian Business Council", "Peru") not in member


def test_en_parliamentary_friendship_group_is_a_body():
    ex = run(
        "Talks in Ottawa\n"
        "OTTAWA - Minister Ana Torres met with members of the Canada-Peru Parliamentary "
        "Friendship Group on Monday.",
        "en",
    )
    assert "Canada-Peru Parliamentary Friendship Group" in names(ex, "Agency")


def test_en_one_demonym_before_a_body_still_gives_its_country():
    ex = run(
        "Business ties\n"
        "LIMA - Luis Herrera, chair of the Peruvian Business Council, said on Monday that "
        "trade would grow next year.",
        "en",
    )
    assert ("Peruvian Business Council", "Peru") in rels(ex, "MEMBER_OF")


def test_en_delegation_with_its_abbreviation_in_brackets_is_headed_by_the_official_after_led_by():
    ex = run(
        "Bank delegation received\n"
        "ACCRA - Finance Minister Kofi Mensah on Monday received a delegation of the Islamic "
        "Development Bank (IsDB) led by its Vice President for Operations, Dr. Amina Suleiman.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    delegation = next(n for n in names(ex, "Agency") if "delegation" in n.lower())
    assert ("Amina Suleiman", delegation) in member


def test_en_coordinating_minister_implies_a_coordinating_ministry_of_its_own():
    ex = run(
        "Trade call\n"
        "ABU DHABI - Economy Minister Saeed Al Mansoori met Indonesia's Coordinating Minister "
        "for Economic Affairs, Hadi Prasetyo, on Monday.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Hadi Prasetyo", "Coordinating Ministry for Economic Affairs") in member
    assert ("Saeed Al Mansoori", "Coordinating Ministry for Economic Affairs") not in member


def test_en_plain_minister_for_economic_affairs_still_implies_the_economy_ministry():
    ex = run(
        "Trade call\n"
        "JAKARTA - Minister for Economic Affairs Hadi Prasetyo met business leaders on Monday.",
        "en",
    )
    targets = {t for s, t in rels(ex, "MEMBER_OF") if s == "Hadi Prasetyo"}
    assert targets and not any(str(t).startswith("Coordinating") for t in targets)
