"""English rules of round 20 (names pool): a unit's head word ends no holder's name, round 20
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_division_after_a_portfolio_names_a_unit_not_a_holder():
    ex = run(
        "Talks\n"
        "OSLO - The Minister of Foreign Affairs Consular Services Division staff met the visiting "
        "delegation on Tuesday.",
        "en",
    )
    assert not {n for n in names(ex, "Official") if "Division" in n or "Consular" in n}


def test_en_unit_after_a_portfolio_names_a_unit_not_a_speaker():
    ex = run(
        "Plan\nCARDIFF - The Minister of Rural Affairs Farm Support Unit said the grants would "
        "open in June.",
        "en",
    )
    assert not {n for n in names(ex, "Official") if "Unit" in n or "Farm" in n}


def test_en_holder_after_a_portfolio_still_read_before_a_verb():
    ex = run(
        "Plan\nCARDIFF - The Minister of Rural Affairs Carys Llewellyn said the grants would open "
        "in June.",
        "en",
    )
    assert "Carys Llewellyn" in names(ex, "Official")


def test_en_two_letter_patronymic_initial_stays_inside_the_name():
    ex = run(
        "Visit\n"
        "ASTANA - Kazakh Ambassador to Norway Yerlan Kh. Dossymbekov met the Norwegian Foreign "
        "Minister on Monday.",
        "en",
    )
    assert "Yerlan Kh. Dossymbekov" in names(ex, "Official")
    assert "Yerlan Kh" not in names(ex, "Official")


def test_en_middle_initial_keeps_a_two_word_family_name_in_the_name():
    ex = run(
        "Visit\n"
        "MADRID - The Portuguese Ambassador to Spain Ines M. Castro Pereira met the Spanish "
        "Foreign Minister on Monday.",
        "en",
    )
    assert "Ines M. Castro Pereira" in names(ex, "Official")


def test_en_mohd_without_its_period_opens_one_name_of_given_names():
    ex = run(
        "Talks\n"
        "KUALA LUMPUR - The Ambassador of Malaysia to Kenya, Mohd Zakwan Ismail Hakimi, took part "
        "in the talks.",
        "en",
    )
    assert "Mohd Zakwan Ismail Hakimi" in names(ex, "Official")
    assert "Mohd Zakwan" not in names(ex, "Official")


def test_en_advocate_is_a_style_before_the_name():
    ex = run(
        "Visit\n"
        "GABORONE - The minister called on His Excellency Advocate Tumelo Kabo Sebego, Speaker of "
        "the National Assembly.",
        "en",
    )
    assert "Tumelo Kabo Sebego" in names(ex, "Official")
    assert not {n for n in names(ex, "Official") if n.startswith("Advocate")}


def test_en_a_field_word_before_affairs_in_a_body_name_is_no_person():
    ex = run(
        "Talks\n"
        "BRUSSELS - The Belgian side was headed by Mr. Lars Peeters, Director-General of the "
        "Federal Public Service Economic Affairs of the Kingdom of Belgium.",
        "en",
    )
    assert "Economic" not in names(ex, "Official")
    assert "Lars Peeters" in names(ex, "Official")


def test_en_taoiseach_and_tanaiste_are_the_irish_prime_minister_and_deputy():
    ex = run(
        "Visit\n"
        "DUBLIN - The minister was received by the Taoiseach, Eoin Brennan-Walsh, at Government "
        "Buildings, and later met the Tánaiste, Aoife Kinsella-Hart.",
        "en",
    )
    assert {"Eoin Brennan-Walsh", "Aoife Kinsella-Hart"} <= names(ex, "Official")
