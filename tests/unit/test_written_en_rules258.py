"""A committee left bare in a text whose one house of parliament is the visiting delegation's
is the host's committee, not a part of the visitors' house (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_bare_committee_is_not_put_in_the_visitors_house():
    ex = run(
        "Committee hosts visiting lawmakers\n"
        "On Monday, the Chairman of the European Affairs Committee Jonas Virtanen met with a "
        "delegation of the Hungarian National Assembly led by its Deputy Speaker Laszlo Kertesz.\n"
        "Budget Committee Chair Aino Lehtola then hosted the visitors for lunch.",
        "en",
    )
    linked = {(s, t) for s, t in rels(ex, "MEMBER_OF")}
    assert not any(s and "Committee" in s and t and "National Assembly" in t for s, t in linked)


def test_en_bare_committee_with_the_only_house_of_the_host_joins_it():
    ex = run(
        "Committee hosts visiting minister\n"
        "The Chair of the Foreign Affairs Committee, Ruth Okonjo MP, hosted the Minister of "
        "Trade of Ghana at the House of Commons on Tuesday.",
        "en",
    )
    assert any(s and "Committee" in s and t == "House of Commons" for s, t in rels(ex, "MEMBER_OF"))
