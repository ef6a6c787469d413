"""Names after English parliamentary styles: 'Madam' before a post, 'Rt Hon.' with its full stop,
and the German postnominal 'MdB', round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_madam_before_a_post_is_a_form_of_address_not_a_name():
    ex = run(
        "Visit\n"
        "WINDHOEK - The Hon. Madam Speaker of the National Assembly, Rt Hon. Nelly Tjituka, MP, "
        "today received a delegation from Ghana.",
        "en",
    )
    assert "Madam" not in names(ex, "Official")
    assert "Nelly Tjituka" in names(ex, "Official")


def test_en_rt_hon_with_its_full_stop_opens_the_name_after_a_post():
    ex = run(
        "Visit\n"
        "WINDHOEK - The Speaker of the National Assembly, Rt Hon. Nelly Tjituka, MP, "
        "today received a delegation from Ghana.",
        "en",
    )
    assert "Speaker of the National Assembly" not in names(ex, "Official")
    assert "Nelly Tjituka" in names(ex, "Official")


def test_en_mdb_after_a_name_marks_a_member_of_the_bundestag():
    ex = run(
        "Visit\n"
        "WINDHOEK - The minister received a German delegation on Monday. The delegation included "
        "Ms Greta Hollweg, MdB, and Dr Lotte Berkhahn, MdB.",
        "en",
    )
    assert {"Greta Hollweg", "Lotte Berkhahn"} <= names(ex, "Official")


def test_en_capitalised_said_before_a_hyphened_al_family_name_is_a_middle_name():
    # the first name is outside the name list: "Said" before "Al-X" is still no verb
    ex = run(
        "Talks\nMUSCAT - The minister met Omani Undersecretary Qaboosh Said Al-Wardani on Monday.",
        "en",
    )
    assert "Qaboosh Said Al-Wardani" in names(ex, "Official")


def test_en_given_name_written_short_opens_the_name_after_a_title_complement():
    ex = run(
        "Talks\n"
        "DOHA - The minister received on Monday the Philippine Undersecretary of Foreign Affairs "
        "for Consular Relations Ma. Teresa Santos-Ocampo.",
        "en",
    )
    assert "Ma. Teresa Santos-Ocampo" in names(ex, "Official")


def test_en_and_her_accompanying_delegation_closes_the_name_after_a_complement():
    ex = run(
        "Talks\n"
        "DOHA - The minister received on Monday the Philippine Undersecretary of Foreign Affairs "
        "for Consular Relations Teresa Santos-Ocampo and her accompanying delegation.",
        "en",
    )
    assert "Teresa Santos-Ocampo" in names(ex, "Official")


def test_en_plural_counterparts_take_the_names_listed_after_them():
    ex = run(
        "Talks\n"
        "BAKU - Foreign Minister Tural Hasanli hosted his Kazakh and Uzbek counterparts, "
        "Yerlan Dzhaksybekov and Dilnoza Rakhimova, for a trilateral meeting on Thursday.",
        "en",
    )
    assert {"Yerlan Dzhaksybekov", "Dilnoza Rakhimova"} <= names(ex, "Official")


def test_en_azerbaijani_patronymic_word_joins_the_name():
    ex = run(
        "Talks\n"
        "ANKARA - The minister met Azerbaijani Deputy Foreign Minister Elnur Vagif oglu "
        "Huseynzade on Thursday.",
        "en",
    )
    assert "Elnur Vagif oglu Huseynzade" in names(ex, "Official")


def test_en_modifier_of_a_head_final_committee_past_a_stop_word_is_no_name():
    ex = run(
        "Visit\n"
        "LONDON - The delegation called on the Chair of the House of Commons Foreign Affairs "
        "Committee, Dame Maud Ellery-Stone MP, on Tuesday.",
        "en",
    )
    assert "Foreign" not in names(ex, "Official")
    assert "Maud Ellery-Stone" in names(ex, "Official")


def test_en_round_of_a_gathering_after_first_is_no_name():
    ex = run(
        "Joint Statement on the First Round of Political Consultations between Chile and Oman\n"
        "Santiago, 3 March 2025\n"
        "1. The first round of political consultations between Chile and Oman was held today.",
        "en",
    )
    assert "Round" not in names(ex, "Official")
