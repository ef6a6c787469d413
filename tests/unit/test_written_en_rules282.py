"""A plural member title after two officials joined by "and" ("Senator A and Senator B, members
of the X Committee") makes each of them a member of the body, the first as well as the one it
stands next to (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "Transport minister meets Kenyan senators"
TEXT = (
    "MUSCAT - Oman's Minister of Transport Yusuf Hamad Al-Balushi held talks on Monday on the "
    "railway link, attended by Senator Joseph Kamau and Senator Mary Wanjiku, members of the "
    "Energy Committee of the Kenyan Senate.\n"
)


def test_en_members_title_after_two_names():
    members = rels(run(TEXT, "en", title=TITLE), "MEMBER_OF")
    assert ("Joseph Kamau", "Energy Committee") in members
    assert ("Mary Wanjiku", "Energy Committee") in members
    assert ("Yusuf Hamad Al-Balushi", "Energy Committee") not in members
