"""English titles as a grammar: ranks (hyphenated too), a head, "of the <agency>", the portfolio."""

import pytest

from .helpers import ent, names, rels, run


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Lieutenant-General Sheikh Khalid Ali Al-Sabah received the delegation.",
            "Khalid Ali Al-Sabah",
        ),
        (
            "The minister met Speaker of the National Assembly Adel Yousef Al-Omar on Sunday.",
            "Adel Yousef Al-Omar",
        ),
        (
            "The talks were attended by Chairman of the Budget Committee MP Salem Nasser Al-Azmi.",
            "Salem Nasser Al-Azmi",
        ),
        (
            "He met Deputy Foreign Minister for Political Affairs Dr. Omar R. Haddad.",
            "Omar R. Haddad",
        ),
    ],
)
def test_en_title_complement_then_name(text, name):
    assert name in names(run(text, "en"), "Official")


def test_en_of_the_agency_makes_the_official_a_member():
    ex = run(
        "The minister met Speaker of the National Assembly Adel Yousef Al-Omar on Sunday.", "en"
    )
    assert ("Adel Yousef Al-Omar", "National Assembly") in rels(ex, "MEMBER_OF")


def test_en_minister_for_a_region_implies_no_ministry():
    ex = run("Minister for the Middle East and North Africa John Smith visited Algiers.", "en")
    assert "John Smith" in names(ex, "Official")
    assert not names(ex, "Agency")


def test_en_ambassador_to_a_country_keeps_his_own_country():
    ex = run("Jordan's Ambassador to Kuwait Sami Naser Al-Khalil attended the meeting.", "en")
    assert ent(ex, "Sami Naser Al-Khalil").country == "JOR"


def test_en_hyphenated_title_forms_match():
    ex = run(
        "The talks were attended by National Assembly Secretary-General Adel Hamad Al-Rashid.", "en"
    )
    assert "Adel Hamad Al-Rashid" in names(ex, "Official")


def test_en_a_list_of_fields_stays_in_the_title():
    ex = run(
        "Jordan's Minister of Foreign Affairs, Trade and Jordanian Expatriates "
        "Samir Hassan Fathy held talks.",
        "en",
    )
    o = ent(ex, "Samir Hassan Fathy")
    assert o.title.endswith("Trade and Jordanian Expatriates")
    assert o.country == "JOR"


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "He conveyed the greetings of the President of the Senate to the Speaker.",
            "President of the Senate",
        ),
        (
            "He conveyed the greetings of the Iraqi Foreign Minister to his host.",
            "Iraqi Foreign Minister",
        ),
    ],
)
def test_en_unnamed_official_with_a_unique_title_is_named_by_it(text, title):
    assert title in names(run(text, "en"), "Official")


def test_en_a_country_owning_what_follows_is_not_a_title_complement():
    ex = run(
        "Foreign Minister Sami Haddad of Jordan arrived. "
        "He thanked the Foreign Minister for Egypt's help.",
        "en",
    )
    assert not any("for Egypt" in n for n in names(ex, "Official"))


def test_en_spokesperson_alone_names_no_official():
    assert not names(
        run("The spokesperson said the ministry welcomed the decision.", "en"), "Official"
    )


def test_en_deputy_secretary_of_state_before_a_name_with_an_initial():
    ex = run("Deputy Secretary of State Mary K. Stone met with Foreign Minister Ali Hamdan.", "en")
    stone = ent(ex, "Mary K. Stone")
    assert stone.title == "Deputy Secretary of State"
    assert ("Mary K. Stone", "State Department") in rels(ex, "MEMBER_OF")


def test_en_of_country_after_the_name_gives_the_ministry_its_country():
    ex = run(
        "Foreign Minister Salem Hamdan of Jordan and Foreign Minister Karim Nour of Egypt "
        "held talks in Amman.",
        "en",
    )
    ministries = {e.id: e.country for e in ex.entities if e.type == "Agency"}
    assert sorted(c for c in ministries.values() if c) == ["EGY", "JOR"]
    assert ent(ex, "Salem Hamdan").country == "JOR"
    assert {t for s, t in rels(ex, "MEMBER_OF") if s.endswith("Foreign Ministry")} == {
        "Egypt",
        "Jordan",
    }


def test_en_of_country_is_nationality_to_or_for_country_is_a_post():
    ex = run("Rizal Pratama, Ambassador of Indonesia to the UAE, attended the meeting.", "en")
    assert ent(ex, "Rizal Pratama").country == "IDN"
    ex = run("Special Envoy for Yemen Hans Berg met the minister.", "en")
    assert ent(ex, "Hans Berg").country is None


def test_en_minister_of_affairs_of_a_republic_names_the_ministry_with_its_demonym():
    ex = run("Dewi Sari, Minister of Foreign Affairs of the Republic of Indonesia, arrived.", "en")
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.country == "IDN")
    assert "Indonesian Ministry of Foreign Affairs" in ministry.aliases


def test_en_second_title_after_and_before_a_comma_is_the_same_persons():
    ex = run(
        "Sheikh Saif Al Qasimi, Deputy Prime Minister and Minister of Foreign Affairs, received "
        "the ambassador.",
        "en",
    )
    assert "Minister of Foreign Affairs" in ent(ex, "Saif Al Qasimi").title
    # "and" + a title not closed by a comma opens another person
    ex = run("Minister Karim Haddad and the Foreign Minister discussed the plan.", "en")
    assert "Foreign Minister" not in (ent(ex, "Karim Haddad").title or "")


def test_en_minister_of_external_relations_is_of_the_foreign_ministry():
    # the Lusophone style of the foreign ministry's portfolio (a sentence written for this test)
    ex = run(
        "Cabo Verde's Minister of External Relations, Nuno Barros, thanked the Minister for Ports, "
        "Tom Baird, for his support in the vote.",
        "en",
    )
    ministry = next(e for e in ex.entities if "Ministry of External Relations" in e.aliases)
    assert ("Nuno Barros", ministry.name) in rels(ex, "MEMBER_OF")
    assert ("Tom Baird", ministry.name) not in rels(ex, "MEMBER_OF")


def test_en_td_after_a_name_is_a_postnominal_not_part_of_the_name():
    # the Irish postnominal of a member of the Dáil, as "MP" (sentences written for this test)
    ex = run(
        "Ciarán Breslin TD, the Minister for Rural Affairs, opened the Kilrath fair on Saturday. "
        "Afterwards Minister Breslin told farmers that broadband would reach every parish by 2028.",
        "en",
    )
    official = ent(ex, "Ciarán Breslin")
    assert "Minister Breslin" in official.aliases
    assert "Ciarán Breslin TD" not in names(ex, "Official")
