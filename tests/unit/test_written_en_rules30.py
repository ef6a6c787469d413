"""English meetings of government readouts, round 16 (sentences written for these tests): the
escort of a series of meetings, a side phrase naming an earlier meeting, joining someone for
talks with a third party."""

from __future__ import annotations

from .helpers import met, run


def test_en_possessive_meeting_noun_keeps_its_subject_off_the_guest_side():
    ex = run(
        "EAM's meetings\n"
        "India's External Affairs Minister Rohan Mehta met the Foreign Minister of Chile, Rosa "
        "Quintanilla.\n"
        "In his meeting with Mr. Pablo Sotomayor, Minister of Foreign Affairs of Peru, EAM "
        "discussed port investment.\n"
        "The Ambassador of India to Chile, Mr. Vikram Joshi, accompanied EAM in the meetings.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Rohan Mehta", "Pablo Sotomayor"}) in pairs
    assert frozenset({"Vikram Joshi", "Pablo Sotomayor"}) in pairs
    assert frozenset({"Vikram Joshi", "Rosa Quintanilla"}) in pairs


def test_en_joined_in_the_meetings_by_is_an_escort_of_each_meeting():
    ex = run(
        "Talks\n"
        "Foreign Minister Jonas Pelkonen met Chile's Minister of Economy Rosa Quintanilla on "
        "Monday.\n"
        "Pelkonen then met Peru's Foreign Minister Pablo Sotomayor.\n"
        "Pelkonen was joined in both meetings by State Secretary Mikko Rautio.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Mikko Rautio", "Rosa Quintanilla"}) in pairs
    assert frozenset({"Mikko Rautio", "Pablo Sotomayor"}) in pairs
    assert frozenset({"Mikko Rautio", "Jonas Pelkonen"}) not in pairs


def test_en_side_phrase_names_the_hosts_earlier_meeting_with_that_country():
    ex = run(
        "Foreign Minister receives two counterparts\n"
        "Foreign Minister Ahmad Rahimov of Uzbekistan received in Tashkent today the Minister of "
        "Foreign Affairs of Argentina, Mr. Julio Ferreyra.\n"
        "Later, Rahimov held talks with the Foreign Minister of Vietnam, Mr. Le Van Thanh.\n"
        "On the Argentine side, the meeting was attended by the Ambassador of Argentina to "
        "Uzbekistan, Mr. Carlos Benitez.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Carlos Benitez", "Ahmad Rahimov"}) in pairs
    assert frozenset({"Carlos Benitez", "Le Van Thanh"}) not in pairs


def test_en_joining_someone_for_consultations_with_a_third_party():
    ex = run(
        "Envoy visit\n"
        "In Accra, Special Envoy Mark Denholm joined Under Secretary of State Laura Pike for "
        "consultations with Ghanaian Foreign Minister Kofi Mensah.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Laura Pike", "Kofi Mensah"}) in pairs
    assert frozenset({"Mark Denholm", "Kofi Mensah"}) in pairs
    assert frozenset({"Mark Denholm", "Laura Pike"}) not in pairs


def test_en_joining_someone_for_talks_without_a_third_party_still_meets_them():
    ex = run(
        "Envoy visit\n"
        "Special Envoy Mark Denholm joined Ghana's Foreign Minister Kofi Mensah for talks in "
        "Accra.",
        "en",
    )
    assert frozenset({"Mark Denholm", "Kofi Mensah"}) in met(ex)


def test_en_and_with_a_second_party_after_a_body_as_the_venue():
    ex = run(
        "Talks in London\n"
        "Czech Minister of Foreign Affairs Pavel Novotny also held talks with Defence Secretary "
        "Owen Marsh at the Ministry of Defence and with the Governor of the Bank of England, "
        "Martin Ashby.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Pavel Novotny", "Owen Marsh"}) in pairs
    assert frozenset({"Pavel Novotny", "Martin Ashby"}) in pairs
    assert frozenset({"Owen Marsh", "Martin Ashby"}) not in pairs


def test_en_guest_visiting_at_the_head_of_a_delegation_is_received_with_it():
    ex = run(
        "Army chief receives naval commander\n"
        "Chief of Staff Lieutenant General Hamid Rashed Al-Qudah received the Commander of the "
        "Bangladesh Navy, Admiral Kamal Hossain, who is visiting the Kingdom at the head of a "
        "military delegation.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Hamid Rashed Al-Qudah", "Kamal Hossain"}) in pairs
    assert any("Hamid Rashed Al-Qudah" in p and "delegation" in " ".join(p) for p in pairs)


def test_en_we_were_joined_by_an_attendee_who_meets_both_sides():
    text = (
        "New Zealand and Fiji talks\n"
        "Media release\n"
        "The Hon Anna Kerr MP, Minister of Foreign Affairs\n"
        "Today I welcomed my Fijian counterpart, Josefa Naqara, to Wellington for our annual "
        "consultations.\n"
    )
    pairs = met(
        run(text + "We were joined by Pacific Islands Forum Secretary General Maile Tupou.", "en")
    )
    assert frozenset({"Anna Kerr", "Maile Tupou"}) in pairs
    assert frozenset({"Josefa Naqara", "Maile Tupou"}) in pairs
    escort = "We were accompanied by New Zealand's High Commissioner to Fiji, Mere Tane."
    pairs = met(run(text + escort, "en"))
    assert frozenset({"Anna Kerr", "Mere Tane"}) not in pairs


def test_en_the_discussion_we_have_just_had_with_someone_is_the_speakers_meeting():
    ex = run(
        "Remarks\n"
        "Remarks by Foreign Minister Erik Solberg at the press conference\n"
        "Thank you, Amina, for welcoming me in Nairobi, and for the discussion we have just had "
        "with you and with President Daniel Kiptoo.",
        "en",
    )
    assert frozenset({"Erik Solberg", "Daniel Kiptoo"}) in met(ex)


def test_en_a_telephone_conversation_we_had_with_someone_is_no_meeting():
    ex = run(
        "Remarks\n"
        "Remarks by Foreign Minister Erik Solberg at the press conference\n"
        "Yesterday I recalled the telephone conversation we had with President Daniel Kiptoo "
        "last month.",
        "en",
    )
    assert frozenset({"Erik Solberg", "Daniel Kiptoo"}) not in met(ex)


def test_en_who_has_joined_us_together_with_another_attendee():
    ex = run(
        "Secretary of Defense John Ward and Nigerian Minister of Defence Aliyu Okonjo Before Their "
        "Meeting\n"
        "SECRETARY WARD: Good morning. Minister Okonjo, welcome to Washington. I also want to "
        "welcome General Musa Bello, the Chief of Defence Staff of Nigeria, who has joined us "
        "today together with Ambassador Ngozi Eze, the Nigerian Ambassador to the United States.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Musa Bello", "John Ward"}) in pairs
    assert frozenset({"Ngozi Eze", "John Ward"}) in pairs
    assert frozenset({"Ngozi Eze", "Musa Bello"}) not in pairs
