"""English official forms of round 27 (issue #10: officials' names on unseen text): the holder's
name after the rest of a body's name in title case and its abbreviation, and Portuguese or
Spanish name particles (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


# ---- "Chairman of the <Title Case body> (ABBR), X Y": the holder after the body's name ----
def test_en_holder_after_a_general_authority_and_its_abbreviation():
    ex = run(
        "News\n\n"
        "Trade Minister Hassan Kamel met the President of the General Authority for Ports and "
        "Inland Waterways (GAPIW), Nabil Farouk Ghanem, in Alexandria on Sunday.",
        "en",
    )
    assert "Nabil Farouk Ghanem" in names(ex, "Official")
    assert frozenset({"Hassan Kamel", "Nabil Farouk Ghanem"}) in {
        frozenset(p) for p in rels(ex, "MET_WITH")
    }


def test_en_holder_after_a_hyphened_bank_name_and_its_abbreviation():
    ex = run(
        "News\n\n"
        "Finance Minister Laura Benedetti received the Executive Director of the Inter-American "
        "Investment Corporation (IIC), Tomasz Wielgosz, who is touring the region.",
        "en",
    )
    assert "Tomasz Wielgosz" in names(ex, "Official")


def test_en_holder_after_a_chamber_of_a_parliament_with_no_abbreviation():
    ex = run(
        "News\n\n"
        "The Prime Minister also met the Speaker of the Senate of the Parliament of Kyrgyzstan, "
        "Talant Ormukov.",
        "en",
    )
    assert "Talant Ormukov" in names(ex, "Official")


def test_en_holder_right_after_the_bracket_with_no_comma():
    ex = run(
        "News\n\n"
        "Attending were the Head of Latin American Affairs at the Secretariat for Foreign Trade "
        "Policy (SEPCE) Lucía Mendoza Vargas.",
        "en",
    )
    assert "Lucía Mendoza Vargas" in names(ex, "Official")


def test_en_last_word_of_a_named_department_before_an_honorific_is_no_name():
    ex = run(
        "News\n\n"
        "The Director-General of the Department of Trade Remedies, Mrs. Kanya Srisuk, and her "
        "Omani counterpart signed the agreement.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Kanya Srisuk" in officials
    assert "Remedies" not in officials


def test_en_body_tail_stops_at_a_name():
    # the capitalised words after the title are a name: the one after the comma is another person
    ex = run(
        "News\n\n"
        "The Minister of Foreign Affairs Karim Haddad Aoun, Mr. Samir Malouf, and the ambassador "
        "attended the ceremony.",
        "en",
    )
    titled = {o.name: o.title for o in ex.entities if o.type == "Official"}
    assert titled.get("Samir Malouf") != "Minister of Foreign Affairs"


# ---- Portuguese and Spanish particles inside a name ----
def test_en_name_with_dos_particle_after_a_title():
    ex = run(
        "News\n\n"
        "He also met Angola's Minister of External Relations, Tomé dos Santos Pereira, and "
        "discussed port investment.",
        "en",
    )
    assert "Tomé dos Santos Pereira" in names(ex, "Official")


# ---- names that are runs of one-syllable words: family name, middle name, given name ----
def test_en_four_syllable_name_with_a_listed_given_name_inside_is_one_person():
    ex = run(
        "News\n\n"
        "The minister received Ms. Vu Thi Mai Linh, Ambassador of Viet Nam, at the ministry on "
        "Tuesday.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Vu Thi Mai Linh" in officials
    assert "Mai Linh" not in officials


def test_en_family_and_middle_name_before_a_listed_given_name_after_a_body():
    ex = run(
        "News\n\n"
        "On the Vietnamese side were Ambassador Le Van Hai and the Director-General of the Europe "
        "Department under the Ministry of Foreign Affairs Dang Thi Mai Huong.",
        "en",
    )
    assert "Dang Thi Mai Huong" in names(ex, "Official")


def test_en_two_western_names_in_a_row_stay_two_people():
    ex = run(
        "News\n\n"
        "The leaders' statement was signed by Prime Minister Keir Starmer Emmanuel Macron and "
        "others.",
        "en",
    )
    assert "Keir Starmer Emmanuel Macron" not in names(ex, "Official")


def test_en_plural_word_ending_a_body_is_not_taken_into_the_name():
    ex = run(
        "News\n\n"
        "The delegation was received by the Deputy Minister for Fiscal Policies Ahmed Kamal "
        "Soliman on Monday.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Ahmed Kamal Soliman" in officials
    assert "Policies Ahmed Kamal Soliman" not in officials


def test_en_body_name_after_the_article_goes_on_before_the_holder():
    ex = run(
        "News\n\n"
        "The minister later met the Chairman of the Jebel Ali Free Zone, Omar Saeed Al-Falasi, "
        "in Dubai.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Omar Saeed Al-Falasi" in officials
    assert "Ali Free Zone" not in officials


def test_en_field_words_before_the_holders_honorific():
    ex = run(
        "News\n\n"
        "She also called on the Minister of State for Community Planning Affairs Dr. Layla Hamad "
        "Al-Sabah, and visited the fund.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Layla Hamad Al-Sabah" in officials
    assert "Planning" not in officials


# ---- a list of fields ends before the next person's possessive title ----
def test_en_set_off_name_before_and_a_possessive_title_is_no_field():
    ex = run(
        "News\n\n"
        "The President was accompanied by the Minister for Maritime Affairs, Rudi Hartono "
        "Wibisono, and Malaysia's Minister of Transport, Anthony Loke Siew.",
        "en",
    )
    titled = {o.name: o.title for o in ex.entities if o.type == "Official"}
    assert titled.get("Rudi Hartono Wibisono") == "Minister for Maritime Affairs"
