"""A ministry whose portfolio names its nationals abroad ("… and Xian Expatriates", "… and
Xians Abroad") is that country's ministry; a people named as a portfolio's subject ("Department
of Xian Affairs") is not its owner (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _owners(ex, head: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s is not None and s.startswith(head) and t}


def test_en_ministry_of_its_expatriates_belongs_to_their_country():
    ex = run(
        "Visit to the port authority\n"
        "Oran - Minister of Foreign Affairs, Regional Integration and Algerian Expatriates, "
        "Karim Zerhouni, visited the port authority on Tuesday.",
        "en",
    )
    assert "Algeria" in _owners(ex, "Ministry of Foreign Affairs")


def test_en_people_as_the_portfolio_subject_is_no_owner():
    ex = run(
        "Talks in Lisbon\n"
        "Portugal's foreign minister met Karim Zerhouni, Director of the Directorate of Lebanese "
        "Affairs, in Lisbon on Tuesday.",
        "en",
    )
    assert not _owners(ex, "Directorate of Lebanese Affairs")
