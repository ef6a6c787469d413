"""A portfolio before "Minister" ("Energy Minister", "the Swedish trade minister") is a title that
implies its ministry, as «وزير الطاقة» does in Arabic; sentences written for these tests."""

import pytest

from .helpers import ent, rels, run


@pytest.mark.parametrize(
    "text, ministry",
    [
        ("Finnish Energy Minister Maria Virta said the grid would expand.", "Energy Ministry"),
        ("Finnish Petroleum Minister Maria Virta said the grid would expand.", "Oil Ministry"),
        (
            "Maria Virta, the Finnish health minister, said the grid would expand.",
            "Health Ministry",
        ),
    ],
)
def test_en_portfolio_minister_implies_its_ministry(text, ministry):
    ex = run(text, "en")
    assert ent(ex, "Maria Virta").country == "FIN"
    assert ent(ex, ministry).country == "FIN"
    assert ("Maria Virta", ministry) in rels(ex, "MEMBER_OF")


def test_en_portfolio_word_alone_is_no_title():
    ex = run("Energy prices rose, Maria Virta said.", "en")
    assert not [e for e in ex.entities if e.type == "Official"]


def test_ar_portfolio_minister_implies_its_ministry():
    ex = run("وقال وزير الطاقة الفنلندي سامي عزيز إن الشبكة ستتوسع.", "ar")
    assert ent(ex, "سامي عزيز").country == "FIN"
    assert ("سامي عزيز", "وزارة الطاقة") in rels(ex, "MEMBER_OF")
