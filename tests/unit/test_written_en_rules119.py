"""English belonging of round 23: a press release's issuer line ("Issued by: Media Office,
Parliament of X", "Ministry of Y - Press Office", a unit's line over its body's line) that names
two bodies and punctuation only places the one of a part's kind in the other (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_issued_by_office_and_house():
    ex = run(
        "Speaker Amara Bello received the Ambassador of Norway, Kari Lunde, on Monday.\n"
        "Issued by: Media and Outreach Office, Parliament of Malawi",
        "en",
    )
    assert ("Media and Outreach Office", "Parliament of Malawi") in rels(ex, "MEMBER_OF")


def test_en_ministry_then_press_office_on_one_line():
    ex = run(
        "Minister of Foreign Affairs Tomas Varga received the Ambassador of Japan, Ken Mori.\n"
        "Ministry of Foreign Affairs of Hungary \u2013 Press Office",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert any(s == "Press Office" and t is not None and "Foreign" in t for s, t in members)


def test_en_office_line_over_ministry_line():
    ex = run(
        "Minister of Foreign Affairs Tomas Varga received the Ambassador of Japan, Ken Mori.\n\n"
        "Office of Press and Public Diplomacy\n"
        "Ministry of Foreign Affairs \u2013 Republic of Hungary",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert any(
        s == "Office of Press and Public Diplomacy" and t is not None and "Foreign" in t
        for s, t in members
    )


def test_en_two_ministries_on_a_line_are_no_issuer():
    ex = run(
        "The talks were held on Monday.\nIssued by: Ministry of Finance, Ministry of Planning",
        "en",
    )
    assert not [r for r in rels(ex, "MEMBER_OF") if r[0].startswith("Ministry of")]
