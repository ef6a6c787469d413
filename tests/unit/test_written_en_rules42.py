"""Relations of round 17 (second relations helper): sentences written for these tests, invented
names."""

from __future__ import annotations

from .helpers import met, run, said


def test_en_consultations_chaired_on_each_side_by_one_chair_link_the_two_chairs():
    ex = run(
        "Minister receives Ruritanian deputy minister\n"
        "Valdor, 4 May\n\n"
        "Dr. Omar Saleh Haddad, Minister of Foreign Affairs, received at the Ministry today "
        "Mr. Petar Ivanek, Deputy Minister of Foreign Affairs of Ruritania.\n\n"
        "After the meeting, the second round of political consultations between the two "
        "ministries was held, chaired on the Jordanian side by Dr. Lina Kamal Odeh, "
        "Secretary-General of the Ministry, and on the Ruritanian side by Mr. Ivanek.",
        "en",
    )
    assert frozenset({"Lina Kamal Odeh", "Petar Ivanek"}) in met(ex)
    assert frozenset({"Omar Saleh Haddad", "Petar Ivanek"}) in met(ex)


_JOINT = (
    "Joint statement by Chile and Portugal\n\n"
    "The Honourable Ana Belén Rojas, Minister of Foreign Affairs of Chile, and Mr. Duarte "
    "Figueira, Minister of Foreign Affairs of the Portuguese Republic, issued the following "
    "statement after co-chairing the first Chile-Portugal Dialogue in Santiago on May 2:\n\n"
    '"Today we met to open a dialogue between our two countries. We share many goals.\n\n'
    '"We reaffirm our commitment to free trade across the region and to open sea lanes.\n\n'
    '"We welcome the agreement signed today between our two trade ministries, and we will '
    'meet again next year."\n\n'
    "The ministers later toured the port of Valparaiso.\n\n"
    '"We are pleased," Minister Rojas said.'
)


def test_en_joint_statement_of_a_styled_first_official_with_her_post_is_said_by_both():
    ex = run(_JOINT, "en")
    speakers = {sp for sp, q in said(ex) if q.startswith("Today we met")}
    assert speakers == {"Ana Belén Rojas", "Duarte Figueira"}


def test_en_after_co_chairing_the_gerund_takes_the_main_clauses_subjects_who_met():
    ex = run(_JOINT, "en")
    assert frozenset({"Ana Belén Rojas", "Duarte Figueira"}) in met(ex)


def test_en_each_reopened_paragraph_of_a_joint_statement_is_said_by_each_speaker():
    ex = run(_JOINT, "en")
    got = said(ex)
    for start in ("We reaffirm our commitment", "We welcome the agreement"):
        assert {sp for sp, q in got if q.startswith(start)} == {
            "Ana Belén Rojas",
            "Duarte Figueira",
        }
    # after the quotation closed, a later quotation is its own speaker's only
    assert {sp for sp, q in got if q.startswith("We are pleased")} == {"Ana Belén Rojas"}


_SEPARATE = (
    "Minister receives Portuguese guest\n"
    "Amman, 3 May\n\n"
    "Dr. Omar Saleh Haddad, Minister of Foreign Affairs of Jordan, received today Mr. Duarte "
    "Figueira, Secretary of State for Foreign Affairs of Portugal, who conveyed the greetings of "
    "the Prime Minister of Portugal, Mr. Tiago Serrano Lobo.\n\n"
    "Dr. Haddad affirmed Jordan's keenness to expand trade with Portugal.\n\n"
    "The Portuguese official also met with the Governor of the Central Bank of Jordan, Mr. Samir "
    "Nabil Khoury, and the Chairman of the Amman Chamber of Industry, Mr. Fadi Tawfiq Rashed, in "
    "separate meetings."
)


def test_en_officials_met_in_separate_meetings_do_not_meet_each_other():
    ex = run(_SEPARATE, "en")
    assert frozenset({"Samir Nabil Khoury", "Fadi Tawfiq Rashed"}) not in met(ex)


def test_en_the_demonym_official_is_the_party_of_the_last_meeting_of_that_country():
    ex = run(_SEPARATE, "en")
    assert frozenset({"Duarte Figueira", "Samir Nabil Khoury"}) in met(ex)
    assert frozenset({"Duarte Figueira", "Fadi Tawfiq Rashed"}) in met(ex)


def test_en_an_attendee_of_one_side_meets_the_other_sides_principal_not_its_escorts():
    ex = run(
        "Trade ministers meet in Canberra\n"
        "Canberra, 9 March\n\n"
        "Minister for Trade Gareth Holloway met Chile's Minister of Economy, Ana Belén Rojas, in "
        "Canberra today.\n\n"
        "Minister Rojas was accompanied by Chile's Ambassador to Australia, Tomás Errázuriz. "
        "Minister Holloway was joined by the Deputy Secretary of the Department of Foreign "
        "Affairs and Trade, Ms. Fiona Bracewell.",
        "en",
    )
    meetings = met(ex)
    assert frozenset({"Fiona Bracewell", "Ana Belén Rojas"}) in meetings
    assert frozenset({"Tomás Errázuriz", "Gareth Holloway"}) in meetings
    assert frozenset({"Fiona Bracewell", "Tomás Errázuriz"}) not in meetings
