"""Forms of English government texts met in the sixth round of eval/written articles: readouts
listing attendees, transcripts, ministry releases naming bodies (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run, said


# ---- "X and Y attended the meeting": every official coordinated before the verb attended -------
def test_en_officials_coordinated_before_attended_all_attend():
    ex = run(
        "Minister Lotte Brandt received Peruvian Minister of Trade Ana Quispe in Berlin."
        " Ambassador Karl Oberg and Director-General Rita Alves attended the meeting.",
        "en",
    )
    assert frozenset({"Karl Oberg", "Ana Quispe"}) in met(ex)
    assert frozenset({"Rita Alves", "Ana Quispe"}) in met(ex)
    assert frozenset({"Karl Oberg", "Rita Alves"}) not in met(ex)


def test_en_who_both_joined_our_discussions():
    ex = run(
        "Minister Lotte Brandt hosted Peruvian Minister of Trade Ana Quispe in Berlin. I thank"
        " General Mark Dunn and Colonel Rita Alves, who both joined our discussions.",
        "en",
    )
    assert frozenset({"Mark Dunn", "Ana Quispe"}) in met(ex)
    assert frozenset({"Rita Alves", "Ana Quispe"}) in met(ex)


# ---- "Joining X were A and B": a fronted participle, the attendees after the auxiliary ---------
def test_en_joining_x_were_attendees_meet_the_guest():
    ex = run(
        "Foreign Minister Lotte Brandt received Peruvian Minister of Trade Ana Quispe in Berlin."
        " Joining Minister Brandt were Deputy Minister of Finance Karl Oberg and Ambassador"
        " Sven Lind.",
        "en",
    )
    assert frozenset({"Karl Oberg", "Ana Quispe"}) in met(ex)
    assert frozenset({"Sven Lind", "Ana Quispe"}) in met(ex)
    assert frozenset({"Karl Oberg", "Lotte Brandt"}) not in met(ex)


def test_en_welcomed_to_opens_a_meeting_that_attendees_join():
    ex = run(
        "Today, Foreign Minister Lotte Brandt welcomed Peruvian Minister of Trade Ana Quispe to"
        " Berlin. Joining Minister Brandt were Deputy Minister of Finance Karl Oberg and"
        " Ambassador Sven Lind.",
        "en",
    )
    assert frozenset({"Lotte Brandt", "Ana Quispe"}) in met(ex)
    assert frozenset({"Sven Lind", "Ana Quispe"}) in met(ex)


def test_en_joining_in_a_call_is_no_attendance():
    ex = run(
        "Joining the Chilean delegation in calling for restraint, Minister Ana Quispe said the"
        " talks mattered.",
        "en",
    )
    assert not rels(ex, "MET_WITH")


# ---- "Department of Palestinian Affairs": a demonym qualifying a field is part of the name -----
def test_en_department_of_a_demonym_and_a_field():
    ex = run("Director of the Department of Palestinian Affairs, Suha Haddad, met the envoy.", "en")
    assert "Department of Palestinian Affairs" in names(ex, "Agency")
    assert ("Suha Haddad", "Department of Palestinian Affairs") in rels(ex, "MEMBER_OF")


def test_en_holder_named_right_after_a_field_word():
    ex = run(
        "Director of the Department of Asian Affairs Rita Alves attended the talks in Lima.", "en"
    )
    assert "Department of Asian Affairs" in names(ex, "Agency")
    assert "Rita Alves" in names(ex, "Official")


# ---- transcripts: abbreviated labels and an aside before the colon -----------------------------
def test_en_transcript_abbreviated_labels_are_speaker_turns():
    ex = run(
        "SECRETARY OF DEFENSE NATHAN CARVER: We met today and agreed on a lot.\n\n"
        "MINISTER ABDULLAH AL-SABAH: Thank you, Mr. Secretary. Our meeting was useful.\n\n"
        "SEC. CARVER: We are not announcing any new deployments today.\n\n"
        "MIN. AL-SABAH: We are studying the proposal.",
        "en",
    )
    quotes = {q: s for s, q in said(ex)}
    assert quotes.get("We are not announcing any new deployments today.") == "NATHAN CARVER"
    assert quotes.get("We are studying the proposal.") == "ABDULLAH AL-SABAH"


def test_en_transcript_label_with_an_interpreter_aside():
    ex = run(
        "SECRETARY NATHAN CARVER: Welcome to the Pentagon.\n\n"
        "MINISTER ABDULLAH AL-SABAH (through interpreter): Thank you. The talks were useful.",
        "en",
    )
    assert ("ABDULLAH AL-SABAH", "Thank you. The talks were useful.") in said(ex)


# ---- a US department's deputy and under secretaries belong to the department ------------------
def test_en_deputy_secretary_of_a_department_is_of_it():
    ex = run("Deputy Secretary of Energy Craig Dunmore met the minister in Oslo.", "en")
    assert ("Craig Dunmore", "Energy Ministry") in rels(ex, "MEMBER_OF")
    ex = run("Under Secretary of the Treasury Helen Marsh met the minister in Oslo.", "en")
    assert ("Helen Marsh", "Finance Ministry") in rels(ex, "MEMBER_OF")


# ---- an abbreviation in brackets after a body named inside a title -----------------------------
def test_en_abbreviation_after_a_body_inside_a_title_is_its_name():
    ex = run(
        "The minister met Lama Al-Ghamdi, Deputy Governor of the Public Investment Fund (PIF),"
        " in Riyadh.",
        "en",
    )
    assert names(ex, "Agency") == {"Public Investment Fund"}
    assert "PIF" in ent(ex, "Public Investment Fund").aliases
    ex = run(
        "The envoy met Ms. Adaeze Okonkwo, President of the African Development Bank (AfDB).", "en"
    )
    assert "AfDB" in ent(ex, "African Development Bank").aliases


def test_en_listed_abbreviation_right_after_its_own_body_stays_that_body():
    ex = run("The minister met the Pacific Islands Forum (PIF) Secretary General in Suva.", "en")
    assert names(ex, "Agency") == {"Pacific Islands Forum"}


# ---- banks and boards of governments ----------------------------------------------------------
def test_en_national_and_development_banks_and_boards_are_bodies():
    ex = run(
        "The minister met the Governor of the National Bank of Rwanda, Ms. Claudine Uwase.", "en"
    )
    assert ("Claudine Uwase", "National Bank of Rwanda") in rels(ex, "MEMBER_OF")
    assert ("National Bank of Rwanda", "Rwanda") in rels(ex, "MEMBER_OF")
    ex = run("He met the Chairman of the Board of Investment (BOI), Mr. Farhan Qazi.", "en")
    assert ("Farhan Qazi", "Board of Investment") in rels(ex, "MEMBER_OF")
    ex = run("Settlers attacked villages in the West Bank and near the river bank.", "en")
    assert names(ex, "Agency") == set()


# ---- two countries' ministries of one portfolio are named apart --------------------------------
def test_en_two_foreign_ministries_are_named_by_their_countries():
    ex = run(
        "Egyptian Foreign Minister Hany Mansour met Jordanian Foreign Minister Ziad Masri.", "en"
    )
    assert {"Egyptian Foreign Ministry", "Jordanian Foreign Ministry"} <= names(ex, "Agency")
    assert ("Hany Mansour", "Egyptian Foreign Ministry") in rels(ex, "MEMBER_OF")
    assert ("Jordanian Foreign Ministry", "Jordan") in rels(ex, "MEMBER_OF")
    ex = run("Egyptian Foreign Minister Hany Mansour met the envoy in Cairo.", "en")
    assert "Foreign Ministry" in names(ex, "Agency")


# ---- a bare title refers back to a holder named before it, not to one named after -------------
def test_en_bare_title_refers_back_to_the_minister_named_before():
    ex = run(
        "Secretary Paul Whitcombe met Minister of Foreign and Expatriates Affairs Khaled Rawashdeh"
        " in Washington. The Secretary thanked the Foreign Minister for his leadership. The"
        " Secretary later spoke by phone with Egyptian Foreign Minister Hesham Fawzi.",
        "en",
    )
    assert "the Foreign Minister" in ent(ex, "Khaled Rawashdeh").aliases
    assert "the Foreign Minister" not in ent(ex, "Hesham Fawzi").aliases


def test_en_title_with_a_country_in_a_headline_still_names_the_holder_after_it():
    ex = run(
        "Minister of Foreign Affairs Ana Ruiz today met with Ms. Valeria Soto, Minister of"
        " Foreign Affairs of Chile.",
        "en",
        title="Minister Ruiz meets with Chilean Foreign Minister",
    )
    assert "Chilean Foreign Minister" in ent(ex, "Valeria Soto").aliases


# ---- a dialogue co-chaired (a passive in the past) and a meeting held with participants --------
def test_en_it_was_co_chaired_by_two_ministers():
    ex = run(
        "The third Strategic Dialogue took place in Muscat on Monday. It was co-chaired by"
        " Foreign Secretary Eleanor Pryce and Foreign Minister Hamad Al Harthy.",
        "en",
    )
    assert frozenset({"Eleanor Pryce", "Hamad Al Harthy"}) in met(ex)
    ex = run(
        "The fund is co-chaired by Foreign Secretary Eleanor Pryce and Minister Hamad Al Harthy.",
        "en",
    )
    assert not rels(ex, "MET_WITH")


def test_en_meeting_held_with_the_participation_of_ministers():
    ex = run(
        "The meeting was held in Kars with the participation of Foreign Minister Selim Kara,"
        " Azerbaijani Foreign Minister Rashad Mamedli and Georgian Foreign Minister Nino Beridze.",
        "en",
    )
    assert frozenset({"Selim Kara", "Nino Beridze"}) in met(ex)
    assert frozenset({"Rashad Mamedli", "Nino Beridze"}) in met(ex)
    ex = run(
        "The conference will be held next month with the participation of Georgian Foreign"
        " Minister Nino Beridze and Azerbaijani Foreign Minister Rashad Mamedli.",
        "en",
    )
    assert not rels(ex, "MET_WITH")


# ---- a Title Case headline's verb before an article ends the name -----------------------------
def test_en_headline_verb_before_an_article_is_no_part_of_the_name():
    ex = run(
        "Secretary Carver and Kuwaiti Minister of Defense Abdullah Mishal Al-Sabah Hold a Joint"
        " Press Availability",
        "en",
    )
    assert "Abdullah Mishal Al-Sabah" in names(ex, "Official")
    ex = run("The envoy met President Joe Biden a day after the vote.", "en")
    assert "Joe Biden" in names(ex, "Official")


# ---- a call opening the sentence with a time before its comma frames the clause ----------------
def test_en_phone_call_frame_with_a_time_before_the_comma():
    ex = run(
        "Foreign Minister Ziad Masri received the envoy on Monday. In a phone call later on"
        " Wednesday, Masri and Netherlands Minister of Foreign Affairs Pieter Houten discussed the"
        " war.",
        "en",
    )
    assert frozenset({"Ziad Masri", "Pieter Houten"}) not in met(ex)


# ---- UNRWA by its name ------------------------------------------------------------------------
def test_en_un_relief_and_works_agency_is_unrwa():
    ex = run("The UN Relief and Works Agency said it needed funds for its schools.", "en")
    assert "UNRWA" in ent(ex, "UN Relief and Works Agency").aliases


# ---- attendees each with a title, coordinated by "and the …" ----------------------------------
def test_en_attendees_with_titles_before_who_both_joined():
    ex = run(
        "Minister Lotte Brandt hosted Peruvian Minister of Trade Ana Quispe in Berlin. I thank"
        " General Mark Dunn, Commander of Central Command, and the Army Chief of Staff, Colonel"
        " Rita Alves, who both joined our discussions.",
        "en",
    )
    assert frozenset({"Mark Dunn", "Ana Quispe"}) in met(ex)
    assert frozenset({"Rita Alves", "Ana Quispe"}) in met(ex)


def test_en_also_attending_a_lunch_from_one_side():
    ex = run(
        "Minister Iwata held a meeting, followed by a working lunch, with Secretary Ramon"
        " Villareal. Also attending the working lunch from the Japanese side was Mr. MORI Haruki,"
        " Director-General of the Asian Affairs Department.",
        "en",
    )
    assert frozenset({"MORI Haruki", "Ramon Villareal"}) in met(ex)
    ex = run(
        "Minister Iwata will hold talks with Secretary Ramon Villareal next week. Also attending"
        " will be Mr. MORI Haruki.",
        "en",
    )
    assert not rels(ex, "MET_WITH")


# ---- "X, Deputy Prime Minister and Minister of Foreign Affairs of Y." is one person's ----------
def test_en_compound_post_after_the_name_closing_the_sentence():
    ex = run(
        "The minister met Ali Hassan, Deputy Prime Minister and Minister of Foreign Affairs"
        " of Oman.",
        "en",
    )
    assert names(ex, "Official") >= {"Ali Hassan"}
    assert "Minister of Foreign Affairs of Oman" not in names(ex, "Official")
    assert ent(ex, "Ali Hassan").country == "OMN"
    ex = run(
        "The Emir received Ali Hassan, Deputy Prime Minister, and the Foreign Minister of Oman.",
        "en",
    )
    assert "Foreign Minister of Oman" in names(ex, "Official")
