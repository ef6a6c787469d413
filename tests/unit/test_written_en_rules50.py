"""Bodies set off in titles, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_bureau_then_comma_and_ministry_closing_a_title_is_the_bureaus_parent():
    # "Director-General of the X Bureau, Ministry of Foreign Affairs," (a Japanese-style title):
    # the ministry set off by commas owns the bureau and employs its director-general
    ex = run(
        "Meeting\n"
        "TOKYO -- Mr. Kenji Arata, Minister for Foreign Affairs of Japan, met the visiting "
        "minister. Mr. SATO Hiroshi, Director-General of the Middle Eastern Affairs Bureau, "
        "Ministry of Foreign Affairs, also attended the meeting.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Middle Eastern Affairs Bureau", "Foreign Ministry") in members
    assert ("SATO Hiroshi", "Foreign Ministry") in members


def test_en_bureau_then_comma_and_a_ministry_opening_a_list_is_no_parent():
    # a ministry after the comma that goes on into a list of bodies is not set off: no parent
    ex = run(
        "Meeting\n"
        "TOKYO -- Mr. SATO Hiroshi, Director-General of the Middle Eastern Affairs Bureau, "
        "Ministry of Foreign Affairs and Ministry of Defense officials attended the meeting.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert not any(s == "Middle Eastern Affairs Bureau" and t and "Minist" in t for s, t in members)


def test_en_delegation_after_a_possessive_is_a_body():
    # "Minister X and his delegation": the delegation he leads is a body, as "his accompanying
    # delegation" is; the host met it
    ex = run(
        "Visit\n"
        "The Minister hosted a luncheon in honour of Minister Jean Kouame and his delegation, "
        "which was also attended by the Deputy Minister.",
        "en",
    )
    names = {e.name for e in ex.entities if e.type == "Agency"} | {
        a for e in ex.entities if e.type == "Agency" for a in e.aliases
    }
    assert "his delegation" in names
