"""Bodies of a country's business named by a demonym before a field ("the Confederation of
Pakistani Industry") are that country's, round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_business_confederation_named_by_demonym_and_field_is_the_countrys():
    ex = run(
        "Trade mission arrives\n"
        "ISLAMABAD - Tariq Anwar Qureshi, head of the Federation of Pakistani Industry, said on "
        "Monday that exports to the Gulf would rise this year.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Federation of Pakistani Industry", "Pakistan") in member
    assert ("Tariq Anwar Qureshi", "Federation of Pakistani Industry") in member


def test_en_department_named_by_demonym_and_field_still_names_no_country():
    ex = run(
        "Officials meet\n"
        "AMMAN - Salim Haddad, director of the Department of Syrian Affairs, said talks "
        "would go on.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Department of Syrian Affairs", "Syria") not in member


def test_en_export_import_bank_and_diplomatic_academy_are_bodies_of_their_country():
    ex = run(
        "Bangkok talks\n"
        "BANGKOK - Somchai Wongsa, president of the Export-Import Bank of Thailand, met "
        "Tran Van Long, director of the Diplomatic Academy of Viet Nam, on Tuesday.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Somchai Wongsa", "Export-Import Bank of Thailand") in member
    assert ("Export-Import Bank of Thailand", "Thailand") in member
    assert ("Tran Van Long", "Diplomatic Academy of Viet Nam") in member


def test_en_economic_zone_named_by_its_place_is_a_body_alone_none():
    ex = run(
        "Port investment\n"
        "AQABA - Omar Khalil, chief commissioner of the Aqaba Economic Zone, said on Sunday "
        "that investors would build a plant in the Economic Zone next year.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert ("Omar Khalil", "Aqaba Economic Zone") in rels(ex, "MEMBER_OF")
    assert "Economic Zone" not in agencies


def test_en_bare_economic_zone_is_a_place_not_a_body():
    ex = run(
        "Port investment\n"
        "The company will build a factory in the Economic Zone near the port, its chief "
        "executive Laila Haddad said.",
        "en",
    )
    assert "Economic Zone" not in names(ex, "Agency")


def test_en_office_of_an_organisations_affairs_is_one_body_not_the_organisation():
    ex = run(
        "Manila briefing\n"
        "MANILA - Rosa Lim, director of the Office of ASEAN Affairs, said on Friday that the "
        "summit would open next week.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Rosa Lim", "Office of ASEAN Affairs") in member
    assert ("Office", "ASEAN") not in member
    assert "Office" not in names(ex, "Agency")


def test_en_undersecretariat_is_a_body():
    ex = run(
        "Trade talks\n"
        "LIMA - The Undersecretariat for Foreign Trade will host the round of talks in March, "
        "the ministry said.",
        "en",
    )
    assert "Undersecretariat for Foreign Trade" in names(ex, "Agency")
