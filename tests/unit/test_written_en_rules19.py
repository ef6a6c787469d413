"""English constructions of the nineteenth round (issue #10: government copy never seen): an
attendee in readouts and remarks told in the first person or with a phrase between "joined" and
"by" ("We were joined for part of our discussions by X", "General X, who has joined us today"),
an official addressed before "welcome" in remarks ("Minister X, welcome to Oslo"),
the post abroad of a title naming its country ("the Ambassador of Japan to Egypt, X"),
meetings named by readouts' protocol nouns ("had a bilateral with", "a pull-aside",
"a tête-à-tête"), a name outside the list as a meeting verb's object before its apposed title,
the plural post in full before listed names ("The Ministers of Foreign Affairs of A and B,
X and Y"), the heads of two countries' delegations told in one sentence, and a readout quoted
whole after "A … spokesperson said:", countries in a clause before ", and X stressed", and a
title opening a clause after an apposition ("…, Minister of Y, EAM discussed") (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said


# ---- "were joined for part of the talks by X": the cue "were joined by" spread out ----
def test_en_passive_joined_with_a_phrase_before_by_is_an_attendance():
    ex = run(
        "Foreign Minister Ana Bell met Chilean Foreign Minister Jorge Salas in Oslo on Monday. "
        "They were joined for part of the talks by Chile's Minister of Energy, Pablo Ruiz.",
        "en",
    )
    assert frozenset({"Pablo Ruiz", "Ana Bell"}) in met(ex)
    assert frozenset({"Pablo Ruiz", "Jorge Salas"}) not in met(ex)


def test_en_first_person_passive_joined_in_a_statement():
    ex = run(
        "Statement by Foreign Minister Ana Bell after her meeting with the Foreign Minister of "
        "Peru, Jorge Salas\n\n"
        "Today I welcomed my Peruvian counterpart, Jorge Salas, to Oslo. We discussed trade and "
        "the energy transition. We were joined for part of our discussions by Peru's Ambassador "
        "to Norway, Lucia Campos.",
        "en",
    )
    assert frozenset({"Lucia Campos", "Ana Bell"}) in met(ex)


def test_en_one_party_joined_at_the_meeting_by_its_ambassador():
    ex = run(
        "Foreign Minister Ana Bell met Chilean Foreign Minister Jorge Salas in Oslo on Monday. "
        "Bell was joined at the meeting by Norway's Ambassador to Chile, Pablo Ruiz.",
        "en",
    )
    assert frozenset({"Pablo Ruiz", "Jorge Salas"}) in met(ex)
    assert frozenset({"Pablo Ruiz", "Ana Bell"}) not in met(ex)


def test_en_joined_by_far_after_the_verb_is_no_attendance():
    # "by" belongs to another phrase: no passive attendance of the official after it
    ex = run(
        "Foreign Minister Ana Bell met Chilean Foreign Minister Jorge Salas in Oslo on Monday. "
        "Norway was joined last year in the maritime initiative proposed by the Prime Minister "
        "of Iceland, Pablo Ruiz.",
        "en",
    )
    assert frozenset({"Pablo Ruiz", "Jorge Salas"}) not in met(ex)
    assert frozenset({"Pablo Ruiz", "Ana Bell"}) not in met(ex)


# ---- "who has joined us today": the remarks' own meeting ----
def test_en_who_has_joined_us_in_remarks_before_a_meeting():
    ex = run(
        "Remarks by Defence Secretary Ana Bell before her meeting with Chilean Defence Minister "
        "Jorge Salas\n\n"
        "Minister Salas, welcome to London. I also want to welcome General Pablo Ruiz, the Chief "
        "of Staff of the Chilean Army, who has joined us today.",
        "en",
    )
    assert frozenset({"Pablo Ruiz", "Ana Bell"}) in met(ex)
    assert frozenset({"Pablo Ruiz", "Jorge Salas"}) not in met(ex)


# ---- "Minister X, welcome to Oslo": a greeting addressed to X, not X's statement ----
def test_en_vocative_before_welcome_in_a_turn_is_no_statement_of_the_addressee():
    ex = run(
        "Secretary Ana Bell and Chilean Foreign Minister Jorge Salas Before Their Meeting\n\n"
        "SECRETARY BELL: Good morning, everyone. Minister Salas, welcome to Washington. It is a "
        "pleasure to host you again.\n"
        "FOREIGN MINISTER SALAS: Thank you, Secretary. We have a great deal to discuss.",
        "en",
    )
    speakers = [s for s, q in said(ex)]
    assert speakers.count("Jorge Salas") == 1
    assert any(s == "Ana Bell" and "Good morning" in q for s, q in said(ex))


def test_en_subject_welcoming_without_a_comma_still_states():
    ex = run(
        "Foreign Minister Jorge Salas welcomed the decision of the Norwegian government to "
        "reopen its embassy in Santiago.",
        "en",
    )
    assert any(s == "Jorge Salas" and "reopen its embassy" in q for s, q in said(ex))


# ---- "the Ambassador of Japan to Egypt, X": the post abroad is part of the title ----
def test_en_ambassador_of_a_country_to_another_then_a_set_off_name():
    ex = run(
        "Foreign Minister Ana Bell received on Monday the Ambassador of Japan to Egypt, Kenta "
        "Morimoto, at the ministry.",
        "en",
    )
    assert "Kenta Morimoto" in names(ex, "Official")
    assert frozenset({"Ana Bell", "Kenta Morimoto"}) in met(ex)
    assert ent(ex, "Kenta Morimoto").country == "JPN"


def test_en_ambassador_of_a_country_to_another_then_the_name_without_comma():
    ex = run(
        "Speaker Tomas Reyes met with Ambassador of Indonesia to Jordan Budi Santoso on Sunday.",
        "en",
    )
    assert frozenset({"Tomas Reyes", "Budi Santoso"}) in met(ex)
    assert ent(ex, "Budi Santoso").country == "IDN"


def test_en_ambassador_title_keeps_its_post_abroad():
    ex = run(
        "Foreign Minister Ana Bell received on Monday the Ambassador of Japan to Egypt, Kenta "
        "Morimoto, at the ministry.",
        "en",
    )
    assert "Egypt" in (ent(ex, "Kenta Morimoto").title or "")


# ---- meetings named by protocol nouns of readouts ----
def test_en_had_a_bilateral_with():
    ex = run(
        "Minister Elin Strand had a bilateral with Fijian Deputy Prime Minister Josefa Tuilagi "
        "on the margins of the Pacific Islands Forum.",
        "en",
    )
    assert frozenset({"Elin Strand", "Josefa Tuilagi"}) in met(ex)


def test_en_held_a_pull_aside_with():
    ex = run(
        "Secretary Ilse Varga held a pull-aside with Indian External Affairs Minister Arjun "
        "Mehta at the ministerial.",
        "en",
    )
    assert frozenset({"Ilse Varga", "Arjun Mehta"}) in met(ex)


def test_en_two_leaders_held_a_tete_a_tete():
    ex = run(
        "Prime Minister Elin Strand and President Kofi Mensah of Ghana held a tête-à-tête "
        "before the plenary session.",
        "en",
    )
    assert frozenset({"Elin Strand", "Kofi Mensah"}) in met(ex)


# ---- "received X Y, the Ambassador of …": a meeting verb's object is a person ----
def test_en_name_outside_the_list_after_a_meeting_verb_before_an_apposed_title():
    ex = run(
        "Foreign Minister Ana Bell received Kenta Morimoto, the Japanese Ambassador, on Monday.",
        "en",
    )
    assert "Kenta Morimoto" in names(ex, "Official")
    assert frozenset({"Ana Bell", "Kenta Morimoto"}) in met(ex)


def test_en_place_before_an_apposed_title_is_still_no_name():
    ex = run(
        "Farmers in Jordan Valley, the minister said, will receive new permits next month.",
        "en",
    )
    assert not any("Valley" in n for n in names(ex, "Official"))


# ---- "The Ministers of Foreign Affairs of A and B, X and Y": a plural post in full ----
def test_en_plural_ministers_of_foreign_affairs_before_listed_names():
    ex = run(
        "The Ministers of Foreign Affairs of Chile and Peru, Ana Bell and Jorge Salas, met in "
        "Lima on Monday.",
        "en",
    )
    assert frozenset({"Ana Bell", "Jorge Salas"}) in met(ex)
    assert ent(ex, "Ana Bell").country == "CHL"
    assert ent(ex, "Jorge Salas").country == "PER"


# ---- the heads of two delegations of two countries told in one sentence met ----
def test_en_heads_of_two_delegations_at_consultations_met():
    ex = run(
        "The fifth round of political consultations between Chile and Peru was held in Lima on "
        "Monday. Deputy Foreign Minister Ana Bell led the Chilean delegation at the talks, while "
        "the Peruvian delegation was headed by Vice Minister of Foreign Affairs Jorge Salas.",
        "en",
    )
    assert frozenset({"Ana Bell", "Jorge Salas"}) in met(ex)
    assert frozenset({"Ana Bell", "Peruvian delegation"}) in met(ex)
    assert frozenset({"Jorge Salas", "Chilean delegation"}) in met(ex)
    assert frozenset({"Ana Bell", "Chilean delegation"}) not in met(ex)


def test_en_heads_of_two_delegations_to_come_have_not_met():
    ex = run(
        "The Chilean delegation will be led by Deputy Foreign Minister Ana Bell, and the "
        "Peruvian delegation by Vice Minister of Foreign Affairs Jorge Salas.",
        "en",
    )
    assert frozenset({"Ana Bell", "Jorge Salas"}) not in met(ex)


# ---- a readout quoted whole after "A … spokesperson said:": its cues tell what happened ----
_READOUT = (
    "PM meeting with President of Ghana: 3 March 2026\n\n"
    "A Downing Street spokesperson said:\n\n"
    '"The Prime Minister welcomed the President of Ghana, Kofi Mensah, to Downing Street this '
    "afternoon.\n\n"
    '"The leaders discussed trade and investment.\n\n'
    '"They also discussed security in the Sahel, and the Prime Minister said he looked forward '
    'to visiting Accra later this year."'
)


def test_en_meeting_in_a_readout_quoted_by_a_spokesperson():
    ex = run(_READOUT, "en")
    assert frozenset({"Prime Minister", "Kofi Mensah"}) in met(ex)


def test_en_reported_speech_closing_a_quoted_readout_is_its_own_statement():
    ex = run(_READOUT, "en")
    quotes = [q for s, q in said(ex) if s == "Prime Minister"]
    assert any("visiting Accra" in q for q in quotes)
    assert not any("leaders discussed" in q for q in quotes)


def test_en_official_statement_quoted_as_a_block_stays_a_quotation():
    ex = run(
        "Speaking after the meeting, Foreign Secretary Ana Bell said:\n\n"
        '"The talks with Prime Minister Jorge Salas were frank.\n\n'
        '"We called on Prime Minister Salas to commit to a ceasefire."',
        "en",
    )
    assert not any(s == "Jorge Salas" for s, _q in said(ex))


def test_en_readout_quoted_paragraph_by_paragraph_each_closed():
    ex = run(
        "A Foreign Office spokesperson said:\n\n"
        '"The Foreign Secretary thanked the Minister for the warm welcome."\n\n'
        '"The Foreign Secretary then met the Foreign Minister of Peru, Carla Rojas, in Lima."',
        "en",
    )
    assert frozenset({"Foreign Secretary", "Carla Rojas"}) in met(ex)


# ---- "… between A and B, and President X stressed": a clause's "and", not joint speakers ----
def test_en_countries_in_the_clause_before_a_comma_and_are_no_speakers():
    ex = run(
        "The Prime Minister met President Kofi Mensah of Ghana. They discussed relations between "
        "Britain and Ghana, and President Mensah stressed the importance of investment.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "investment" in q}
    assert speakers == {"Kofi Mensah"}


def test_en_two_countries_coordinated_as_subject_still_speak():
    ex = run(
        "Britain and Ghana stressed the importance of investment in a joint statement.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "investment" in q}
    assert speakers == {"United Kingdom", "Ghana"}


# ---- "…, Minister of Y, EAM discussed …": a title opening the clause is the verb's subject ----
def test_en_title_after_an_apposition_and_before_a_verb_is_the_clause_subject():
    ex = run(
        "External Affairs Minister Rohan Mehta held bilateral meetings in Hanoi today. In his "
        "meeting with Ms. Lan Huong, Minister of Foreign Affairs of Viet Nam, EAM discussed "
        "maritime connectivity. EAM met the Foreign Minister of Malaysia, Haziq Anuar.",
        "en",
    )
    assert "EAM" not in ent(ex, "Lan Huong").aliases
    assert frozenset({"Rohan Mehta", "Haziq Anuar"}) in met(ex)
    assert frozenset({"Lan Huong", "Haziq Anuar"}) not in met(ex)
