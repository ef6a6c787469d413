"""English relation rules of round 18 (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import met, run, said


def test_en_two_named_signers_of_one_agreement_meet():
    ex = run(
        "Grant signed for schools\n"
        "Accra, May 4 -- Minister of Education, Kofi Mensah-Adjei, and Turkish Ambassador to "
        "Ghana, Emre Yilmaz Kaya, on Monday signed a grant agreement worth $12 million to build "
        "rural schools.\n\n"
        "The signing took place in the presence of Minister of Finance Ama Serwaa Boateng.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Kofi Mensah-Adjei", "Emre Yilmaz Kaya"}) in pairs
    assert frozenset({"Ama Serwaa Boateng", "Emre Yilmaz Kaya"}) in pairs


def test_en_signing_by_a_plural_anaphor_adds_no_pair():
    ex = run(
        "Talks in Lima\n"
        "LIMA, June 3 - Foreign Minister Rosa Quispe Huaman received Omani Foreign Minister "
        "Salim Nasser Al-Habsi on Tuesday.\n\n"
        'Spokesman Diego Vargas Luna quoted Quispe Huaman as affirming that Peru "wants more '
        'trade with the Gulf," while the Omani minister underlined the role of the port of '
        "Duqm.\n\n"
        "The two ministers also signed a memorandum of understanding on consultations.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Rosa Quispe Huaman", "Salim Nasser Al-Habsi"}) in pairs
    assert not any("Diego Vargas Luna" in p for p in pairs)


def test_en_officials_associated_with_the_discussions_attended_them():
    ex = run(
        "Minister holds talks with Nepali counterpart\n"
        "Foreign Minister Ravindra Perera Gunasekara held bilateral talks with the Foreign "
        "Minister of Nepal, Dr. Sunita Karki Thapa, in Colombo on 3 March 2026.\n\n"
        "Foreign Secretary Kamal Dissanayake Herath, Director General Priyanka Silva "
        "Wijeratne and senior officials of the Ministry were associated with the discussions.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Ravindra Perera Gunasekara", "Sunita Karki Thapa"}) in pairs
    assert frozenset({"Kamal Dissanayake Herath", "Sunita Karki Thapa"}) in pairs
    assert frozenset({"Priyanka Silva Wijeratne", "Sunita Karki Thapa"}) in pairs


_VISIT = (
    "Ministers hold talks\n"
    "Foreign Minister Ravindra Perera Gunasekara held talks with the Foreign Minister of "
    "Nepal, Dr. Sunita Karki Thapa, in Colombo on 3 March 2026.\n\n"
)


def test_en_welcoming_the_visiting_minister_and_a_stance_is_no_statement_of_the_guest():
    ex = run(
        _VISIT + "Minister Gunasekara welcomed the visiting Minister and underlined the long "
        "friendship of the two peoples.",
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Ravindra Perera Gunasekara"]
    assert not any(q.startswith("the visiting Minister") for q in quotes)
    assert any(q.startswith("the long friendship") for q in quotes)


def test_en_stance_object_with_a_relative_that_is_quoted_whole():
    ex = run(
        _VISIT + "Minister Gunasekara underlined the ties of culture, faith and trade that bind "
        "the two neighbours in the region.",
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Ravindra Perera Gunasekara"]
    assert any(q.startswith("the ties of culture, faith and trade that bind") for q in quotes)


def test_en_co_chairs_named_with_their_posts_between_commas_meet():
    ex = run(
        "Joint communique\n"
        "1. The 5th Session of the Ghana-Togo Joint Commission was held in Accra from 2 to 4 May "
        "2026.\n\n"
        "2. The Ministerial Session was co-chaired by Honourable Kwame Asante Boadu, Minister for "
        "Regional Integration of the Republic of Ghana, and Honourable Komi Dossou Agbeko, "
        "Minister of Foreign Affairs of the Togolese Republic.",
        "en",
    )
    assert frozenset({"Kwame Asante Boadu", "Komi Dossou Agbeko"}) in met(ex)


def test_en_bare_role_turn_is_the_holder_named_in_the_roles_first_label():
    ex = run(
        "Transcript: joint press conference\n"
        "MODERATOR (Anna Lindqvist Berg, Director of Communications): Good afternoon. The two "
        "ministers will make short statements.\n\n"
        "FOREIGN MINISTER OLAF STRAND: Thank you. We had a very good meeting today.\n\n"
        "MODERATOR: Thank you. First question, please.\n\n"
        "QUESTION (Per Holm, NRK): Did you discuss fisheries?",
        "en",
    )
    assert ("Anna Lindqvist Berg", "Thank you. First question, please.") in said(ex)


def test_en_plural_anaphor_skips_a_sentence_that_only_lists_attendees():
    ex = run(
        "Talks in Lima\n"
        "LIMA, June 3 - Foreign Minister Rosa Quispe Huaman received Omani Foreign Minister "
        "Salim Nasser Al-Habsi on Tuesday.\n\n"
        "The meeting was also attended by Ambassador Carlos Medina Rojas and Director of Asian "
        "Affairs Lucia Paredes Soto.\n\n"
        "The two ministers also held talks on trade.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Rosa Quispe Huaman", "Salim Nasser Al-Habsi"}) in pairs
    assert frozenset({"Carlos Medina Rojas", "Lucia Paredes Soto"}) not in pairs
