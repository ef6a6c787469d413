"""Round-23 agency rule (English): capitalised portfolios coordinated before a head-final
minister's title ("Housing, Transport and Tourism Minister X") are the fields of the ministry
the title implies, named by all of them ("Ministry of Housing, Transport and Tourism"), of the
country a nisba before them gives. Sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_coordinated_portfolios_before_a_minister_name_the_whole_ministry():
    ex = run(
        "Talks in Quito\n"
        "QUITO, May 3 - The envoy held a meeting with Housing, Transport and Tourism Minister "
        "Pablo Andrade on Monday.\n",
        "en",
    )
    ministry = "Ministry of Housing, Transport and Tourism"
    assert ministry in names(ex, "Agency")
    assert ("Pablo Andrade", ministry) in rels(ex, "MEMBER_OF")
    assert "Tourism Ministry" not in names(ex, "Agency")


def test_en_a_nisba_before_the_portfolios_gives_the_ministry_its_country():
    ex = run(
        "Talks in Quito\n"
        "QUITO, May 3 - The envoy held a meeting with Peruvian Culture and Tourism Minister "
        "Rosa Huaman on Monday.\n",
        "en",
    )
    ministry = next(
        e for e in ex.entities if e.type == "Agency" and "Culture and Tourism" in e.name
    )
    assert ministry.country == "PER"
    assert (ministry.name, "Peru") in rels(ex, "MEMBER_OF")


def test_en_a_role_before_the_conjunction_is_no_portfolio():
    ex = run(
        "Talks in Quito\n"
        "QUITO, May 3 - The envoy met Deputy Prime Minister and Tourism Minister Ana Vera on "
        "Monday.\n",
        "en",
    )
    assert not any("Prime" in a for a in names(ex, "Agency"))
