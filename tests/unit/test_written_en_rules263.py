"""A ministry has one minister: two officials who each hold the same portfolio minister's title
in full, with no country that joins them, hold two ministries, not one node, round 26 (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def _ministries(ex) -> set[str]:
    return {e.id for e in ex.entities if e.type == "Agency" and e.kind == "ministry"}


def _member(ex, person: str) -> set[str]:
    pid = ent(ex, person).id
    return {r.target for r in ex.relations if r.type == "MEMBER_OF" and r.source == pid}


def test_en_two_foreign_ministers_of_no_country_hold_two_ministries():
    ex = run(
        "Ministers talk trade\n"
        "Foreign Minister Arvo Tammsaar received Minister of Foreign Affairs Lucho Benavente "
        "on Friday. The two ministers discussed shipping and fisheries.",
        "en",
    )
    a, b = _member(ex, "Arvo Tammsaar"), _member(ex, "Lucho Benavente")
    assert a and b
    assert not a & b
    assert len(_ministries(ex)) == 2


def test_en_two_foreign_ministers_named_in_one_sentence_hold_two_ministries():
    ex = run(
        "Lisbon talks\n"
        "Foreign Minister Inga Solvang and Foreign Minister Teodor Vasquez-Rios held talks in "
        "Lisbon on Monday, and Foreign Minister Solvang said the talks were useful.",
        "en",
    )
    a, b = _member(ex, "Inga Solvang"), _member(ex, "Teodor Vasquez-Rios")
    assert a and b
    assert not a & b


def test_en_minister_and_assistant_minister_still_share_one_ministry():
    ex = run(
        "Ministry briefing\n"
        "Foreign Minister Arvo Tammsaar and Assistant Foreign Minister Liis Vaher met "
        "the press on Friday.",
        "en",
    )
    assert _member(ex, "Arvo Tammsaar") == _member(ex, "Liis Vaher")
    assert len(_ministries(ex)) == 1
