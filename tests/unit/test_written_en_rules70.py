"""Round-21 name rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_en_ambassador_to_the_kingdom_before_a_name_outside_the_name_list():
    ex = run(
        "Talks\n"
        "RIYADH (Agency) - The meeting was attended by Laos's Ambassador to the Kingdom Bounmy "
        "Vongsavath.",
        "en",
    )
    assert "Bounmy Vongsavath" in names(ex, "Official")


def test_en_headline_verb_after_a_title_before_talks_is_no_name():
    ex = run(
        "Emir, President of Paraguay Hold Official Talks\n\n"
        "DOHA (Agency) - The Emir received President of Paraguay Mr. Ramon Ibarrola Vera and his "
        "delegation.",
        "en",
    )
    assert "Hold Official" not in names(ex, "Official")
    assert "Ramon Ibarrola Vera" in names(ex, "Official")


def test_en_an_adjective_between_the_article_and_a_lower_case_role():
    ex = run(
        "Talks\n"
        "CAIRO (Agency) - The Authority's official spokesperson, Eng. Dalia Fekry Sabry, stated "
        "that the talks went well.",
        "en",
    )
    assert "Dalia Fekry Sabry" in names(ex, "Official")


def test_en_a_lenders_specialist_and_economist_are_posts_before_a_name():
    ex = run(
        "Talks\n"
        "AMMAN (Agency) - The mission included Senior Energy Specialist Dr. Ines Valcarcel and "
        "Lead Economist Mr. Tomas Hrabal.",
        "en",
    )
    assert {"Ines Valcarcel", "Tomas Hrabal"} <= names(ex, "Official")


def test_en_a_city_after_a_titles_country_is_the_holders_given_name():
    ex = run(
        "Talks\n"
        "DOHA (Agency) - The minister held a call with Deputy Foreign Minister of Peru Lima "
        "Quispe Huaman, in which they agreed to meet.",
        "en",
    )
    assert "Lima Quispe Huaman" in names(ex, "Official")
