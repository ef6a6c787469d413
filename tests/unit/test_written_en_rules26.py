"""Bodies named by more than a portfolio ("General Authority for Foreign Trade", "Department of
Trade Negotiations"), round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_two_word_portfolio_after_for_is_not_cut_at_its_first_word():
    ex = run(
        "Agencies sign accord\n\n"
        "CAIRO, April 4 - Hamad Al-Saleh, Chairman of the General Authority for Foreign Trade, "
        "signed an accord with a visiting delegation on Tuesday.",
        "en",
    )
    got = names(ex, "Agency")
    assert "General Authority for Foreign Trade" in got
    assert "General Authority for Foreign" not in got


def test_en_department_named_by_more_than_a_portfolio_is_a_unit_not_the_ministry():
    ex = run(
        "Trade talks\n\n"
        "BANGKOK, May 9 - Minister of Commerce Anan Srisuk received the Saudi trade delegation "
        "at the Ministry of Commerce on Friday. The Director-General of the Department of Trade "
        "Negotiations, Ms. Nida Phromma, also attended.",
        "en",
    )
    got = names(ex, "Agency")
    assert "Department of Trade Negotiations" in got
    assert "Negotiations" not in names(ex, "Official")
    member = rels(ex, "MEMBER_OF")
    assert ("Nida Phromma", "Department of Trade Negotiations") in member
    # the minister's ministry stays its own body
    assert ("Anan Srisuk", "Department of Trade Negotiations") not in member


def test_en_portfolio_then_a_holders_name_still_ends_the_body():
    ex = run(
        "Talks\n\nOSLO, June 2 - The Ministry of Foreign Affairs Director Hans Berg met the envoy.",
        "en",
    )
    assert not any("Hans" in n for n in names(ex, "Agency"))


def test_en_a_modifier_before_a_ministry_office_keeps_it_the_ministry():
    ex = run(
        "Minister travels\n\n"
        "BERLIN, May 2 - Federal Foreign Minister Eva Brandt travelled to Prague on Thursday. "
        "She was accompanied by Jonas Weber, Minister of State at the Federal Foreign Office.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Jonas Weber", "Federal Foreign Office") in member
    assert ("Eva Brandt", "Federal Foreign Office") in member


def test_en_serial_list_of_fields_stays_in_the_body_name():
    ex = run(
        "Committee meets\n\n"
        "NAIROBI, May 2 - The Departmental Committee on Energy, Roads and Housing met on Monday. "
        "Officials of the Ministry of Water, Sanitation and Irrigation attended.",
        "en",
    )
    got = names(ex, "Agency")
    assert "Departmental Committee on Energy, Roads and Housing" in got
    assert "Ministry of Water, Sanitation and Irrigation" in got


def test_en_a_list_of_people_after_a_body_is_not_its_field():
    ex = run(
        "Meeting\n\n"
        "LAGOS, May 2 - The Minister received officials of the Ministry of Finance, Ngozi Eze "
        "and Bola Ade, on Monday.",
        "en",
    )
    assert not any("Ngozi" in n or "Bola" in n for n in names(ex, "Agency"))


def test_en_federation_of_chambers_is_a_body_and_the_federation_council_stays_one():
    ex = run(
        "Business forum\n\n"
        "RIYADH, May 2 - Ahmed Ali, Chairman of the Federation of Egyptian Industries, met "
        "business leaders on Monday. The Speaker of the Federation Council, Irina Volkova, and "
        "officials of the Russian Federation also attended.",
        "en",
    )
    got = names(ex, "Agency")
    assert "Federation of Egyptian Industries" in got
    assert ("Ahmed Ali", "Federation of Egyptian Industries") in rels(ex, "MEMBER_OF")
    assert not any(n.startswith("Federation Council ") or n == "Federation" for n in got)
    assert "Russian Federation" not in got


def test_en_two_owners_committees_of_one_name_stay_two_bodies():
    ex = run(
        "Parliamentary talks\n\n"
        "AMMAN, May 2 - The meeting was attended by Chairman of the Senate's Foreign Affairs "
        "Committee Senator Omar Haddad. The delegation includes member of the National "
        "Council's Foreign Affairs Committee Jan Novak.",
        "en",
    )
    committees = [a for a in ex.entities if a.type == "Agency" and "Committee" in a.name]
    forms = [{a.name, *a.aliases} for a in committees]
    assert any("Senate's Foreign Affairs Committee" in f for f in forms)
    assert any("National Council's Foreign Affairs Committee" in f for f in forms)
    assert len(committees) == 2


def test_en_the_ministrys_department_is_not_named_with_the_bare_ministry():
    ex = run(
        "Talks\n\n"
        "ABU DHABI, May 2 - Minister of Economy Omar Saleh met the envoy, in the presence of "
        "Mona Ali, Director of the Ministry's Department of Trade Partnerships.",
        "en",
    )
    dept = next(a for a in ex.entities if a.name == "Department of Trade Partnerships")
    assert "Ministry" not in dept.aliases


def test_en_the_ministrys_unit_belongs_to_the_dispatchs_ministry_not_a_new_one():
    ex = run(
        "UAE Minister of Economy receives counterpart\n\n"
        "ABU DHABI, 2nd March, 2026 (WAM) -- Omar Saleh, Minister of Economy, received Jasur "
        "Karimov, Minister of Trade of the Republic of Uzbekistan. Omar Saleh later held talks "
        "with Abebe Girma, Ethiopia's Minister of Finance, in the presence of Mona Ali, Director "
        "of the Ministry's Department of Trade Partnerships.",
        "en",
    )
    assert not any(a.name == "Ministry" for a in ex.entities if a.type == "Agency")
    member = rels(ex, "MEMBER_OF")
    economy = next(t for s, t in member if s == "Omar Saleh")
    assert ("Department of Trade Partnerships", economy) in member
