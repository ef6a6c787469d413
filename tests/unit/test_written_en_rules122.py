"""English belonging of round 23: a committee named without a house is a part of the one house
of parliament the article names; none when it names two houses, and none for a committee
joining two states (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _parents(ex, body: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == body}


def test_en_bare_committee_is_part_of_the_only_house():
    ex = run(
        "Minister Lars Eriksen visited the Storting in Oslo on Monday. He later met the Chair "
        "of the Energy and Environment Committee, Ingrid Haugen, to discuss grid links.",
        "en",
    )
    assert "Storting" in _parents(ex, "Energy and Environment Committee")


def test_en_bare_committee_with_two_houses_stays_unplaced():
    ex = run(
        "Minister Lars Eriksen visited the Storting and the Bundestag on Monday. He later met "
        "the Chair of the Energy and Environment Committee, Ingrid Haugen.",
        "en",
    )
    assert not _parents(ex, "Energy and Environment Committee")
