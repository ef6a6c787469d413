"""Bodies, round 20: short forms of several-word surnames (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_titled_double_surname_is_the_full_names_short_form():
    # "Minister Garcia Pedraza" ends "Ana Lucia Garcia Pedraza": one person, not a second official
    ex = run(
        "Talks\nForeign Minister Ana Lucia Garcia Pedraza met the visiting delegation on Monday. "
        "Minister Garcia Pedraza said the talks had been useful.",
        "en",
    )
    assert names(ex, "Official") == {"Ana Lucia Garcia Pedraza"}


def test_en_surname_with_particles_is_the_full_names_short_form():
    # three words with a particle inside, not opening: the family part of the fuller name
    ex = run(
        "Visit\nState Secretary Marta Sofia Ribeiro da Costa received the ambassador on Tuesday. "
        "Secretary Ribeiro da Costa said both sides wanted closer ties.",
        "en",
    )
    assert names(ex, "Official") == {"Marta Sofia Ribeiro da Costa"}


def test_en_two_foreign_ministers_under_one_dateline_hold_two_ministries():
    # the dateline's country names the visiting minister's ministry; the unmarked minister is
    # another head, so another ministry
    ex = run(
        "Talks\n"
        "NAIROBI, May 5 (Agency) - Foreign Minister Omar Hassan Salem held talks on Monday with "
        "Kenyan Foreign Minister Grace Wanjiru Otieno on trade and security.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Grace Wanjiru Otieno", "Kenyan Foreign Ministry") in members
    assert ("Omar Hassan Salem", "Kenyan Foreign Ministry") not in members


def test_en_a_deputy_under_the_dateline_joins_the_dispatchs_ministry():
    # a deputy is no second head: the unmarked deputy's ministry is the dateline country's
    ex = run(
        "Talks\n"
        "NAIROBI, May 5 (Agency) - Kenyan Foreign Minister Grace Wanjiru Otieno met the envoy on "
        "Monday. Deputy Foreign Minister Peter Kamau Njoroge attended the meeting.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Grace Wanjiru Otieno")
    assert ("Peter Kamau Njoroge", ministry) in members
    assert (ministry, "Kenya") in members
