"""Bodies, round 20 (second helper): sentences written for these tests."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_en_a_ministers_countryless_ministry_is_the_one_his_fuller_title_names():
    # the headline gives the minister's country, the body his bare title: one person holds one
    # ministry of a portfolio, so the body's country-less ministry is the headline's Austrian one
    ex = run(
        "Austrian Foreign Minister meets Chilean counterpart\n"
        "Foreign Minister Lukas Peter Brenner held talks with Chilean Foreign Minister Rosa Elena "
        "Vidal on Tuesday.",
        "en",
    )
    assert names(ex, "Agency") == {"Austrian Foreign Ministry", "Chilean Foreign Ministry"}
    members = rels(ex, "MEMBER_OF")
    assert ("Lukas Peter Brenner", "Austrian Foreign Ministry") in members
    assert ("Austrian Foreign Ministry", "Austria") in members


def test_en_a_ministry_is_also_named_with_the_demonym_the_text_uses():
    # "Kazakhstani", not the table's first "Kazakh": the text's demonym names the ministry in
    # each of its styles ("… Ministry of Foreign Affairs" too), as the text's nisba does in Arabic
    ex = run(
        "Talks\n"
        "Kazakhstani Foreign Minister Nurlan Serik Abenov met the Uzbek ambassador on Monday. "
        "The Kazakhstanis hope to expand trade.",
        "en",
    )
    ministry = next(t for s, t in rels(ex, "MEMBER_OF") if s == "Nurlan Serik Abenov")
    aliases = {ministry, *ent(ex, ministry).aliases}
    assert "Kazakhstani Ministry of Foreign Affairs" in aliases
    assert not any(a.startswith("Kazakhstanis") for a in aliases)  # a plural is a noun


def test_en_the_ministrys_post_is_the_ministry_named_before():
    # "the Ministry's Secretary-General": the one home ministry named before, not a body of its own
    ex = run(
        "Talks\n"
        "Amman, Jan. 20 (Petra) -- Minister of Foreign Affairs and Expatriates Omar Khalil "
        "Rawashdeh on Monday held talks with the visiting Austrian foreign minister. The talks "
        "were attended by the Ministry's Secretary-General Rami Saleh Qudah and the Minister of "
        "Planning and International Cooperation Lina Sami Nabulsi.",
        "en",
    )
    assert "Ministry" not in names(ex, "Agency")
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Omar Khalil Rawashdeh")
    assert ("Rami Saleh Qudah", ministry) in members


def test_en_a_department_at_the_ministry_is_the_home_ministrys():
    # another country's ministry before does not count: "at the Ministry" is the dispatch's own
    ex = run(
        "Talks\n"
        "Damascus, SANA- Minister of Foreign Affairs and Expatriates Bassam Khalil Nasser "
        "received on Monday Iraq's Deputy Minister of Trade Karim Jabbar Saadi. The meeting was "
        "attended by Director of the Europe Department at the Ministry, Hala Sami Rifai.",
        "en",
    )
    assert "Ministry" not in names(ex, "Agency")
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Bassam Khalil Nasser")
    assert ("Hala Sami Rifai", ministry) in members
    assert ("Hala Sami Rifai", "Europe Department") in members
