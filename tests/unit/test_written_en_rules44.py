"""English bodies, round 18 (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_committee_subject_may_open_with_a_names_stop_word():
    ex = run(
        "Delegation visits\n"
        "QUITO - Assemblywoman Rosa Elena Quishpe, Chair of the Permanent Commission on "
        "International Relations and Human Mobility, met the Speaker of the Senate, Tomas "
        "Villalba, on Monday.",
        "en",
    )
    body = "Permanent Commission on International Relations and Human Mobility"
    assert body in names(ex, "Agency")
    assert "Permanent Commission" not in names(ex, "Agency")
    assert ("Rosa Elena Quishpe", body) in rels(ex, "MEMBER_OF")


def test_en_committee_on_a_weekday_and_month_has_no_subject():
    ex = run(
        "Panel meets\n"
        "LIMA - Carla Mendez, chair of the Committee on Monday December 2 met Jorge Salas, the "
        "Minister of Trade.",
        "en",
    )
    assert not any("Monday" in n for n in names(ex, "Agency"))


def test_en_two_capitalised_heads_in_a_row_are_one_body():
    ex = run(
        "Academies sign\n"
        "LIMA - The Foreign Service Institute of Peru and the Civil Service Commission of Kenya "
        "signed a memorandum on Monday, said Ana Cruz, Director of the Foreign Service "
        "Institute of Peru.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Foreign Service Institute of Peru" in agencies
    assert "Civil Service Commission of Kenya" in agencies
    assert not {"Foreign Service", "Civil Service", "Institute of Peru"} & agencies
    assert ("Foreign Service Institute of Peru", "Peru") in rels(ex, "MEMBER_OF")


def test_en_a_bodys_bureau_after_its_name_is_no_compound():
    ex = run(
        "Speaker receives Senate Bureau\n"
        "NAIROBI - The Speaker of the National Assembly, Moses Kiprono, received the Bureau of "
        "the Senate on Monday.",
        "en",
    )
    assert "Senate Bureau" not in names(ex, "Agency")


def test_en_organization_of_american_states_is_an_international_body_of_no_country():
    ex = run(
        "Talks\n"
        "BOGOTA - Foreign Minister Lucia Herrera met the Secretary General of the Organization "
        "of American States (OAS), Pablo Ortega, on Monday.",
        "en",
    )
    oas = "Organization of American States"
    assert oas in names(ex, "Agency")
    assert (oas, "United States") not in rels(ex, "MEMBER_OF")
    assert ("Pablo Ortega", oas) in rels(ex, "MEMBER_OF")


def test_en_named_office_of_a_ministry_is_its_sub_body():
    ex = run(
        "Consultations held\n"
        "BISHKEK - Deputy Minister of Foreign Affairs Aibek Toktorov met Ambassador Rahim Yusof "
        "on Monday, the Press Service of the Ministry of Foreign Affairs of the Kyrgyz Republic "
        "said.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Press Service", "Foreign Ministry") in member
    assert ("Aibek Toktorov", "Foreign Ministry") in member


def test_en_regional_blocs_ecowas_and_mercosur_are_international_bodies():
    ex = run(
        "Talks\n"
        "DAKAR - The Commissioner later held talks with the President of the ECOWAS Commission, "
        "Kwame Boateng, and discussed the agenda of the next Mercosur summit.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert {"ECOWAS", "Mercosur", "ECOWAS Commission"} <= agencies
    member = rels(ex, "MEMBER_OF")
    assert ("ECOWAS Commission", "ECOWAS") in member
    assert ("Kwame Boateng", "ECOWAS Commission") in member


def test_en_news_agency_name_before_a_surname_is_a_given_name():
    ex = run(
        "Talks\n"
        "By Sana Qureshi, Correspondent\n"
        "DAMASCUS - Foreign Minister Adel Haddad met Ambassador Li Wei on Monday, SANA reported.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "SANA" in agencies
    assert "Sana" not in agencies


def test_en_delegation_of_a_named_chamber_is_the_chambers_not_the_countrys():
    ex = run(
        "Senate President receives Philippine House delegation\n"
        "MANILA - Senate President Faisal Odeh received on Monday a delegation from the House "
        "of Representatives of the Philippines led by Representative Jose Santos.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    house = "House of Representatives of the Philippines"
    assert ("Philippine House delegation", house) in member
    assert (house, "Philippines") in member
    assert ("Philippine House delegation", "Philippines") not in member
