"""Round-23 agency rule (English): a minister leading a country's delegation ("a Ghanaian
delegation led by Minister of Energy X", "a trade delegation from Ghana headed by X, Deputy
Minister of Energy") holds the ministry of that country, as one listed on a country's side.
Sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, rels, run


def _ministry(ex):
    return next(e for e in ex.entities if e.type == "Agency" and "Energy" in e.name)


def test_en_a_nisba_delegation_led_by_a_minister_gives_the_ministry_its_country():
    ex = run(
        "Trade talks in Lima\n"
        "LIMA, May 3 - The trade minister received a Ghanaian delegation led by Minister of "
        "Energy Kofi Mensah on Monday.\n",
        "en",
    )
    m = _ministry(ex)
    assert m.country == "GHA"
    assert (m.name, "Ghana") in rels(ex, "MEMBER_OF")
    assert ent(ex, "Kofi Mensah").country == "GHA"


def test_en_a_delegation_from_a_country_headed_by_a_named_minister():
    ex = run(
        "Trade talks in Lima\n"
        "LIMA, May 3 - The trade minister received a trade delegation from the Republic of "
        "Ghana headed by Kofi Mensah, Deputy Minister of Energy, on Monday.\n",
        "en",
    )
    m = _ministry(ex)
    assert m.country == "GHA"
    assert ("Kofi Mensah", m.name) in rels(ex, "MEMBER_OF")


def test_en_a_minister_received_by_a_delegation_is_not_its_leader():
    ex = run(
        "Trade talks in Lima\n"
        "LIMA, May 3 - A Ghanaian delegation met Minister of Energy Rosa Quispe on Monday.\n",
        "en",
    )
    assert _ministry(ex).country != "GHA"
