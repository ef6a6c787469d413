"""Round-21 name rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_en_members_of_parliament_is_a_plural_title_before_honorific_names():
    ex = run(
        "Visit\n"
        "ROME (Agency) - The visiting delegation comprised Members of Parliament Ms. Ilona "
        "Varga-Kiss and Mr. Tamas Hollo, and the ambassador.",
        "en",
    )
    assert {"Ilona Varga-Kiss", "Tamas Hollo"} <= names(ex, "Official")


def test_en_member_of_parliament_before_a_name():
    ex = run(
        "Visit\nROME (Agency) - The minister received Member of Parliament Jelena Markovic on "
        "Monday.",
        "en",
    )
    assert "Jelena Markovic" in names(ex, "Official")


def test_en_four_name_words_closed_by_the_full_stop_are_one_person():
    ex = run(
        "Talks\n"
        "TASHKENT (Agency) - The minister received India's Ambassador to Uzbekistan Syed "
        "Tanveer Haider Rizvi.",
        "en",
    )
    assert "Syed Tanveer Haider Rizvi" in names(ex, "Official")


def test_en_a_surname_ending_in_s_before_a_comma_is_no_headline_verb():
    ex = run(
        "Talks\n"
        "SEOUL (Agency) - The minister received Secretary of State for Tourism Ana Rita Matos "
        "Ferraz, who is visiting the country.",
        "en",
    )
    assert "Ana Rita Matos Ferraz" in names(ex, "Official")


def test_en_a_city_after_a_rank_is_the_holders_given_name():
    ex = run(
        "Talks\nAMMAN (Agency) - The meeting was attended by Senator Haifa Qassar-Dabbas.",
        "en",
    )
    assert "Haifa Qassar-Dabbas" in names(ex, "Official")


def test_en_malay_binti_joins_a_womans_name_to_her_fathers():
    ex = run(
        "Talks\n"
        "KUALA LUMPUR (Agency) - The minister received Deputy Minister of Trade Siti Rohani "
        "binti Abdul Hamid on Monday.",
        "en",
    )
    assert "Siti Rohani binti Abdul Hamid" in names(ex, "Official")


def test_en_malay_styles_puan_and_dato_sri_open_a_name():
    ex = run(
        "Visit\n"
        "KUALA LUMPUR (Agency) - Also present were the Deputy Speaker of the Senate, Dato' Sri "
        "Mei Ling Tan-Goh, and the Clerk of the Senate, Puan Farah Diana binti Zulkifli.",
        "en",
    )
    officials = names(ex, "Official")
    assert {"Mei Ling Tan-Goh", "Farah Diana binti Zulkifli"} <= officials


def test_en_capitalised_words_closing_the_sentence_after_a_posts_place_are_its_holder():
    ex = run(
        "Visit\n"
        "AMMAN (Agency) - The delegation included Bulgaria's Ambassador in Amman Radostina "
        "Velikova.",
        "en",
    )
    assert "Radostina Velikova" in names(ex, "Official")
