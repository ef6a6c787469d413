"""Round-20 body rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_former_minister_is_no_second_head_under_the_dateline():
    # the former Kuwaiti foreign minister holds no ministry now: the unmarked foreign minister
    # stays the head of the dispatch's own ministry, Kuwait's
    ex = run(
        "Talks\n"
        "KUWAIT (Agency) - The foreign minister Khalid Ahmad Al-Mutairi met on Monday the former "
        "Kuwaiti foreign minister Salem Fahad Al-Ajmi and discussed regional issues.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Khalid Ahmad Al-Mutairi")
    assert (ministry, "Kuwait") in members


def test_en_korea_alone_is_the_republic_and_north_korea_stays_the_north():
    ex = run(
        "Talks\n"
        "GENEVA (Agency) - Minister Lee Joon-ho said Korea would host the next round of talks, "
        "and called on North Korea to attend.",
        "en",
    )
    assert {"South Korea", "North Korea"} <= names(ex, "Country")


def test_en_maroc_is_morocco():
    ex = run(
        "Accord\n"
        "GENEVA (Agency) - The agreement was signed on behalf of the Royaume du Maroc on Monday.",
        "en",
    )
    assert "Morocco" in names(ex, "Country")


def test_en_a_named_unit_or_division_is_a_body():
    ex = run(
        "Talks\n"
        "LONDON (Agency) - Officials of the Foreign Office's Gulf Policy Unit met the delegation "
        "on Monday. Director Sarah Jane Collins of the Human Rights Division said the report was "
        "ready.",
        "en",
    )
    assert {"Gulf Policy Unit", "Human Rights Division"} <= names(ex, "Agency")


def test_en_unit_or_division_alone_is_no_body():
    ex = run(
        "Talks\n"
        "LONDON (Agency) - The unit said the division of labour was agreed. A Unit of the army "
        "and the Division commander attended.",
        "en",
    )
    assert names(ex, "Agency") <= {"Agency"}


def test_en_a_nisba_before_plural_ministries_of_coordinated_portfolios():
    # "the Kuwaiti Ministries of Defence, Health and Education": one ministry per portfolio, each
    # the nisba's country's
    ex = run(
        "Talks\n"
        "LONDON (Agency) - The delegation included officials from the Kuwaiti Ministries of "
        "Defence, Health and Education.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    bodies = {s for s, t in members if t == "Kuwait"}
    assert len(bodies) == 3
