"""Round-21 body rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_junior_secretary_of_state_implies_no_state_department():
    # a text that writes the post with a served field ("to the Minister of X") styles it as
    # another government's junior minister: the bare post later implies no State Department
    ex = run(
        "Talks\n"
        "LISBON (Agency) - The talks were attended by Secretary of State to the Minister of "
        "Economy Mr. Rui Alves Duarte. Secretary of State Alves Duarte praised the new investment "
        "law.",
        "en",
    )
    assert "State Department" not in names(ex, "Agency")
    assert not any(t == "State Department" for _s, t in rels(ex, "MEMBER_OF"))


def test_en_the_us_secretary_of_state_keeps_the_state_department():
    ex = run(
        "Talks\n"
        "WASHINGTON (Agency) - Secretary of State Mary Cole met the visiting foreign minister of "
        "Peru, Luis Ortega Paz, on Tuesday.",
        "en",
    )
    assert ("Mary Cole", "State Department") in rels(ex, "MEMBER_OF")


def test_en_a_field_head_word_is_an_item_of_the_committees_name():
    # "Intelligence" is a service's head and a field here: one committee, no service of its own
    ex = run(
        "Visit\n"
        "NAIROBI (Agency) - Mary Wambui, Chairperson of the Security Committee, said on Monday "
        "that the Defence, Intelligence and Foreign Relations Committee of the National Assembly "
        "would meet in June.",
        "en",
    )
    bodies = names(ex, "Agency")
    assert any(
        n.startswith("Defence, Intelligence and Foreign Relations Committee") for n in bodies
    )
    assert "Intelligence" not in bodies


def test_en_another_governments_secretary_of_state_for_a_portfolio_is_of_its_ministry():
    ex = run(
        "Talks\n"
        "CAIRO (Agency) - Foreign Minister Adel Fahmy held talks in Cairo on Monday with Italian "
        "Secretary of State for Foreign Affairs and Cooperation Marco Bellini.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    ministry = next(t for s, t in members if s == "Marco Bellini")
    assert ministry != "State Department"
    assert (ministry, "Italy") in members


def test_en_an_academy_of_diplomatic_studies_is_a_body():
    ex = run(
        "Training\n"
        "RABAT (Agency) - The agreement was signed by Director of the Tunisian Academy of "
        "Diplomatic Studies, Salma Ben Ammar, on Tuesday.",
        "en",
    )
    assert ("Salma Ben Ammar", "Tunisian Academy of Diplomatic Studies") in rels(ex, "MEMBER_OF")
