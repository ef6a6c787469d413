"""English meetings of government readouts, round 16 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_attendee_of_other_side_does_not_meet_escort_who_joined_the_host():
    ex = run(
        "Readout of the Secretary's meeting\n"
        "WASHINGTON - Secretary of Commerce Helen Brandt met today with Tomasz Wielgosz, Poland's "
        "Minister of Development. Secretary Brandt was joined by Assistant Secretary of Commerce "
        "Marcus Oyelaran. Dr. Irena Kowalczyk, President of the National Bank of Poland, also "
        "participated.",
        "en",
    )
    m = met(ex)
    assert frozenset({"Irena Kowalczyk", "Helen Brandt"}) in m
    assert frozenset({"Marcus Oyelaran", "Tomasz Wielgosz"}) in m
    assert frozenset({"Irena Kowalczyk", "Marcus Oyelaran"}) not in m


_SUMMIT = (
    "Summit meeting\n"
    "1. On June 3, Mr. TAKEDA Kenji, Prime Minister of Japan, held a summit meeting with "
    "H.E. Mr. Lucas Ferreira Matos, President of the Republic of Mozambique. A small-group "
    "meeting was followed by an expanded meeting, and the two leaders then attended a lunch "
    "hosted by Prime Minister Takeda. Mr. SUZUKI Taro, Parliamentary Vice-Minister for "
    "Foreign Affairs, attended the expanded meeting.\n"
    "2. Following the meeting, in the presence of the two leaders, an Exchange of Notes on "
    "grant aid for rural roads was signed and exchanged between H.E. Mr. HAYASHI Sota, "
    "Ambassador of Japan to Mozambique, and Hon. Dr. Amelia Tembe Nhaca, Minister of Foreign "
    "Affairs of the Republic of Mozambique."
)


def test_en_meal_hosted_by_one_of_the_two_leaders_keeps_the_meeting_sides():
    m = met(run(_SUMMIT, "en"))
    assert frozenset({"TAKEDA Kenji", "Lucas Ferreira Matos"}) in m
    assert frozenset({"SUZUKI Taro", "Lucas Ferreira Matos"}) in m
    assert frozenset({"SUZUKI Taro", "TAKEDA Kenji"}) not in m


def test_en_notes_signed_and_exchanged_between_two_signers_before_the_leaders():
    m = met(run(_SUMMIT, "en"))
    assert frozenset({"HAYASHI Sota", "Amelia Tembe Nhaca"}) in m
    assert frozenset({"HAYASHI Sota", "Lucas Ferreira Matos"}) in m
    assert frozenset({"HAYASHI Sota", "TAKEDA Kenji"}) not in m
    assert frozenset({"Amelia Tembe Nhaca", "Lucas Ferreira Matos"}) not in m


def test_en_named_partner_and_i_met_x_both_met_x():
    ex = run(
        "Remarks\n"
        "SECRETARY PEMBERTON: Good morning. Foreign Minister Ana Castillo and I sat down with "
        "President Jorge Almeida Costa this morning. We discussed trade.",
        "en",
    )
    m = met(ex)
    assert frozenset({"Ana Castillo", "Jorge Almeida Costa"}) in m
    assert frozenset({"PEMBERTON", "Jorge Almeida Costa"}) in m


def test_en_pronoun_partner_and_i_met_x_names_the_topic():
    ex = run(
        "Visit\n"
        'LISBON - Foreign Minister Ana Castillo arrived in Lisbon on Monday. "She and I met '
        'President Jorge Almeida Costa this morning," Secretary of State Laura Pemberton told '
        "reporters.",
        "en",
    )
    m = met(ex)
    assert frozenset({"Ana Castillo", "Jorge Almeida Costa"}) in m
    assert frozenset({"Laura Pemberton", "Jorge Almeida Costa"}) in m


def test_en_co_hosts_of_a_roundtable_with_participants_meet_each_other():
    ex = run(
        "Roundtable\n"
        "DOHA (QNA) - HE Foreign Minister Salem Al-Nuaimi and HE Italian Foreign Minister Paolo "
        "Ferretti co-hosted a roundtable on mediation with the participation of the Director of "
        "the Swedish Peace Institute Karin Lundqvist.",
        "en",
    )
    m = met(ex)
    assert frozenset({"Salem Al-Nuaimi", "Paolo Ferretti"}) in m
    assert frozenset({"Paolo Ferretti", "Karin Lundqvist"}) in m
    assert frozenset({"Salem Al-Nuaimi", "Karin Lundqvist"}) in m


def test_en_attendees_present_during_the_talks_meet_the_guest():
    ex = run(
        "Defence talks\n"
        "NEW DELHI - Defence Minister Arvind Kumar Menon held talks with the Minister of Defence "
        "of Kenya General Samuel Kiprop Rotich in New Delhi on Monday. Chief of the Naval Staff "
        "Admiral Suresh Rao Nair and senior officials of the Ministry of Defence were present "
        "during the talks.",
        "en",
    )
    m = met(ex)
    assert frozenset({"Arvind Kumar Menon", "Samuel Kiprop Rotich"}) in m
    assert frozenset({"Suresh Rao Nair", "Samuel Kiprop Rotich"}) in m
    assert frozenset({"Suresh Rao Nair", "Arvind Kumar Menon"}) not in m
