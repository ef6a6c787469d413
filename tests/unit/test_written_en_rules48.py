"""Names of holders after a long post in title case: where the field of the post ends and the
name begins, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run


def test_en_holder_after_a_field_ending_in_a_portfolio_word_outside_the_name_list():
    ex = run(
        "Water talks\n"
        "LIMA - Minister of Fisheries and Coastal Affairs Quilmo Ferraz met on Tuesday with the "
        "Peruvian Minister of Energy, Ana Lopez.",
        "en",
    )
    assert "Quilmo Ferraz" in names(ex, "Official")
    assert frozenset({"Quilmo Ferraz", "Ana Lopez"}) in met(ex)


def test_en_field_word_after_a_portfolio_word_is_no_holder():
    # the words after the portfolio word open a listed name: the field goes on to it
    ex = run(
        "Trade talks\n"
        "BRUSSELS - Commissioner for International Partnerships Peter Lindqvist met the "
        "minister on Monday.",
        "en",
    )
    assert "Peter Lindqvist" in names(ex, "Official")
    assert "Partnerships Peter Lindqvist" not in names(ex, "Official")


def test_en_adjective_of_a_portfolio_does_not_close_the_field():
    # "Foreign" opens "Foreign Affairs": two capitalised words after it are the rest of the field
    ex = run(
        "Talks\nCAIRO - The Minister of Foreign Economic Relations met the ambassador on Monday.",
        "en",
    )
    assert "Economic Relations" not in names(ex, "Official")


def test_en_listed_given_name_and_an_initial_end_the_field():
    ex = run(
        "Visit\n"
        "RABAT - Assistant Secretary for Maghreb and Sahel Affairs Daniel K. Quorvath met the "
        "Moroccan foreign minister on Monday.",
        "en",
    )
    assert "Daniel K. Quorvath" in names(ex, "Official")


def test_en_family_name_written_first_ends_the_field():
    ex = run(
        "Visit\n"
        "BEIJING - Minister of Science and Rural Innovation Zhou Quanli met the "
        "Egyptian ambassador on Monday.",
        "en",
    )
    assert "Zhou Quanli" in names(ex, "Official")


def test_en_title_word_before_a_patronymic_is_a_given_name():
    ex = run(
        "Talks\n"
        "DOHA - Minister of State for Energy HE Amir bin Nasser Al-Quwaifi met the Chilean "
        "ambassador on Sunday.",
        "en",
    )
    assert "Amir bin Nasser Al-Quwaifi" in names(ex, "Official")
    ex = run(
        "Talks\n"
        "DOHA - Minister of State Amir bin Nasser Al-Quwaifi met the Chilean ambassador on "
        "Sunday.",
        "en",
    )
    assert "Amir bin Nasser Al-Quwaifi" in names(ex, "Official")


def test_en_holder_after_a_body_whose_name_a_one_word_head_closes():
    ex = run(
        "Talks\n"
        "TEHRAN - Chairman of the Majlis Energy and Mining Policy Committee Quilmo Ferraz-Rahimi "
        "said the parliament backed the plan.",
        "en",
    )
    assert "Quilmo Ferraz-Rahimi" in names(ex, "Official")
    assert (
        "Quilmo Ferraz-Rahimi",
        "Majlis Energy and Mining Policy Committee",
    ) in rels(ex, "MEMBER_OF")


def test_en_article_of_a_dutch_or_german_surname_stays_in_the_name():
    ex = run(
        "Talks\n"
        "THE HAGUE - Dutch Minister for Foreign Trade Marieke van den Quorst met the Omani "
        "ambassador, Mr Dietrich von der Halmstedt, on Monday.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Marieke van den Quorst" in officials
    assert "Dietrich von der Halmstedt" in officials


def test_en_plural_article_of_a_spanish_surname_stays_in_the_name():
    ex = run(
        "Talks\nMADRID - Spanish Ambassador Quilmo de las Heras met the Omani minister on Monday.",
        "en",
    )
    assert "Quilmo de las Heras" in names(ex, "Official")


def test_en_short_name_word_after_a_titles_field_opens_the_holders_name():
    ex = run(
        "Talks\n"
        "MANILA - Undersecretary of Foreign Affairs Ma. Quilmina Ferraz-Lacson met the Kuwaiti "
        "ambassador on Monday.",
        "en",
    )
    assert "Ma. Quilmina Ferraz-Lacson" in names(ex, "Official")
