"""Names of holders whose first word is in no name list, read from the shape of the name or the
style before it, round 18 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_en_assembly_style_opens_a_members_name():
    ex = run(
        "Visit to Quito\n"
        "QUITO - Ana Lopez, chair of the Foreign Relations Commission, received a delegation on "
        "Monday. The delegation included Assemblyman Quilmo Ruales Vera and Congresswoman "
        "Ixchel Paredes Soto.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Quilmo Ruales Vera" in officials
    assert "Ixchel Paredes Soto" in officials


def test_en_unlisted_name_set_off_at_the_end_of_the_sentence_holds_the_title():
    ex = run(
        "Energy talks\n"
        "RIYADH - Prince Khalid bin Fahd met the Minister of Energy of Chile on Sunday. The "
        "meeting was attended by the Ambassador of the Republic of Chile to the Kingdom, Quilmo "
        "Ferraz.",
        "en",
    )
    assert "Quilmo Ferraz" in names(ex, "Official")
    # set off before the verb, an unlisted pair is no holder
    ex = run(
        "Energy talks\n"
        "RIYADH - The Ambassador of the Republic of Chile to the Kingdom, Santiago Province, "
        "said on Sunday that trade would grow.",
        "en",
    )
    assert "Santiago Province" not in names(ex, "Official")


def test_en_name_with_lower_case_patronymic_ends_the_field_of_a_title():
    ex = run(
        "Development talks\n"
        "DOHA - Minister of State for International Cooperation Zerinta bint Saad Al Marri met "
        "on Wednesday with Peter Lindqvist, head of the Nordic Development Fund.",
        "en",
    )
    assert "Zerinta bint Saad Al Marri" in names(ex, "Official")
    assert frozenset({"Zerinta bint Saad Al Marri", "Peter Lindqvist"}) in met(ex)


def test_en_bracketed_abbreviation_inside_a_titles_complement_keeps_the_set_off_holder():
    ex = run(
        "Aid talks\n"
        "AMMAN - The minister received the chief representative of the Japan Water Resources "
        "Agency (JWRA) office in Jordan, Kevin Parkson.",
        "en",
    )
    assert "Kevin Parkson" in names(ex, "Official")


def test_en_permanent_secretary_is_a_post_and_permanent_still_opens_a_bodys_name():
    ex = run(
        "Joint commission\n"
        "GABORONE - The delegation included Mr. Kgosi Tlhalefang, Permanent Secretary in the "
        "Ministry of Trade. John Smith, counsellor at the Permanent Mission of Egypt to the "
        "United Nations, was present.",
        "en",
    )
    assert "Kgosi Tlhalefang" in names(ex, "Official")
    assert "Permanent Mission of Egypt" in names(ex, "Agency")


def test_en_short_written_given_name_opens_the_name_it_belongs_to():
    ex = run(
        "Embassy talks\n"
        "DHAKA - Mr. Kenji Sato, Director of the Division, and Mr. Md. Shafiqul Karim "
        "Bhuiyan, Deputy Head of Mission of the Embassy, were present at the meeting.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Md. Shafiqul Karim Bhuiyan" in officials
    assert "Shafiqul Karim Bhuiyan" not in officials


def test_en_country_manager_of_a_lender_is_a_post():
    ex = run(
        "Power sector\n"
        "ADEN - Prime Minister Samir Qasim Naji met with the World Bank's Country Manager for "
        "Yemen, Ingrid Solheim-Abara, and discussed financing.",
        "en",
    )
    assert "Ingrid Solheim-Abara" in names(ex, "Official")
    assert frozenset({"Samir Qasim Naji", "Ingrid Solheim-Abara"}) in met(ex)
