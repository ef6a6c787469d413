"""English MET_WITH and SAID of the sixteenth round (issue #10: government copy never seen):
communiqués in their signatories' voice, group statements, and the meeting constructions of
readouts and releases (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said


# ---- a communiqué in the first person plural: every minister of the meeting speaks ----
def test_en_communique_we_is_every_attendee_of_the_meeting():
    ex = run(
        "We, the Foreign Ministers of the Nordic-Baltic Eight, met in Riga on 4 April.\n\n"
        "The meeting was chaired by Latvian Foreign Minister Ilze Kalnina and attended by Danish "
        "Foreign Minister Jens Holm and Lithuanian Foreign Minister Rasa Petraite.\n\n"
        "We reaffirm our support for the sovereignty of Ukraine.\n\n"
        "We remain united and reiterate our call for a just peace.",
        "en",
        title="Joint Communiqué of the Foreign Ministers",
    )
    speakers = {s for s, q in said(ex) if "sovereignty of Ukraine" in q}
    assert speakers == {"Ilze Kalnina", "Jens Holm", "Rasa Petraite"}
    after_and = {s for s, q in said(ex) if "just peace" in q}
    assert after_and == {"Ilze Kalnina", "Jens Holm", "Rasa Petraite"}


def test_en_communique_we_after_a_meeting_of_two():
    ex = run(
        "We, the Foreign Ministers of Chile and Peru, Rosa Munoz and Carlos Quispe, met in Lima "
        "on 9 May. We condemn the attacks on election officials in the region.",
        "en",
        title="Joint Statement",
    )
    speakers = {s for s, q in said(ex) if "election officials" in q}
    assert speakers == {"Rosa Munoz", "Carlos Quispe"}


def test_en_we_without_a_communique_opening_stays_the_speaker_carried():
    ex = run(
        "Foreign Minister Rosa Munoz met Peruvian Foreign Minister Carlos Quispe in Lima on "
        "Monday. Munoz told reporters after the talks that the meeting had gone well. "
        "We condemn the attacks on election officials, she said.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "election officials" in q}
    assert "Carlos Quispe" not in speakers


# ---- "X, Y and Z issued the following statement:": the quotation is each one's ----
def test_en_group_statement_after_a_colon_is_each_members():
    ex = run(
        "After their talks in Tallinn on 2 June, the Foreign Ministers of Sweden, Finland and "
        "Estonia, Ola Berg, Kaisa Niemi and Tarmo Kask, issued the following statement:\n\n"
        '"We reaffirm our full support for the people of Georgia."',
        "en",
    )
    speakers = {s for s, q in said(ex) if "people of Georgia" in q}
    assert speakers == {"Ola Berg", "Kaisa Niemi", "Tarmo Kask"}
    assert met(ex)  # the meeting still counts


# ---- attendees joining both sides together meet each other; listed by side, they do not ----
def test_en_attendees_listed_by_side_meet_only_the_other_principal():
    ex = run(
        "Omani Foreign Minister Badr Al Busaidi received Kenyan Foreign Minister Musalia "
        "Mudavadi in Muscat on Sunday. The meeting was attended on the Omani side by Trade "
        "Minister Qais Al Yousef and on the Kenyan side by Trade Minister Lee Kinyanjui.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Qais Al Yousef", "Musalia Mudavadi"}) in pairs
    assert frozenset({"Qais Al Yousef", "Lee Kinyanjui"}) not in pairs


def test_en_attendees_listed_by_title_alone_stay_apart():
    ex = run(
        "Omani Foreign Minister Badr Al Busaidi received Kenyan Foreign Minister Musalia "
        "Mudavadi in Muscat on Sunday. The meeting was attended by Omani Trade Minister Qais Al "
        "Yousef and Kenya's Ambassador to Oman Amina Abdi.",
        "en",
    )
    assert frozenset({"Qais Al Yousef", "Amina Abdi"}) not in met(ex)


def test_en_both_sides_joined_by_one_minister_each_stay_apart():
    # round 20: named apart ("and by Kenya's ..."), each attendee meets the other side's
    # principal only (eval/written/README.md; counterparts of a 2+2 meet: test_written_en_rules57)
    ex = run(
        "Prime Minister Mark Carney met with President William Ruto of Kenya today in Ottawa. "
        "The Prime Minister and the President were joined by Canada's Minister of Foreign "
        "Affairs, Anita Anand, and by Kenya's Cabinet Secretary for Foreign Affairs, Musalia "
        "Mudavadi.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Anita Anand", "Musalia Mudavadi"}) not in pairs
    assert frozenset({"Anita Anand", "William Ruto"}) in pairs


def test_en_one_side_joined_by_its_ministers_they_do_not_meet_each_other():
    ex = run(
        "Prime Minister Mark Carney met with President William Ruto of Kenya today in Ottawa. "
        "The President was joined by Kenya's Cabinet Secretary for Foreign Affairs, Musalia "
        "Mudavadi, and by Kenya's Trade Secretary, Lee Kinyanjui.",
        "en",
    )
    assert frozenset({"Lee Kinyanjui", "Musalia Mudavadi"}) not in met(ex)


# ---- "X co-chaired the Dialogue with Y": the co-chairs met ----
def test_en_co_chaired_a_body_with_a_counterpart_is_a_meeting():
    ex = run(
        "Foreign Minister Mara Lind co-chaired the 12th meeting of the Nordic-Andean Joint "
        "Commission with Peruvian Foreign Minister Carlos Quispe in Lima on Monday. The two "
        "ministers welcomed the growth of bilateral trade.",
        "en",
    )
    assert frozenset({"Mara Lind", "Carlos Quispe"}) in met(ex)
    speakers = {s for s, q in said(ex) if "bilateral trade" in q}
    assert speakers == {"Mara Lind", "Carlos Quispe"}


def test_en_chaired_a_meeting_with_a_topic_is_no_meeting_of_two():
    ex = run(
        "Foreign Minister Mara Lind chaired a meeting with a focus on Arctic security in Oslo "
        "on Monday. Peruvian Foreign Minister Carlos Quispe issued a statement on trade.",
        "en",
    )
    assert frozenset({"Mara Lind", "Carlos Quispe"}) not in met(ex)


# ---- "went on to a working lunch with Y": "to" before an article is no infinitive ----
def test_en_went_on_to_a_working_lunch_is_a_meeting():
    ex = run(
        "Foreign Minister Ana Souza travelled to Tokyo on Monday. She went on to a working "
        "lunch with Japanese Foreign Minister Kenta Arai.",
        "en",
    )
    assert frozenset({"Ana Souza", "Kenta Arai"}) in met(ex)


def test_en_looks_forward_to_a_meeting_stays_future():
    ex = run(
        "Foreign Minister Ana Souza said she looks forward to a meeting with Japanese Foreign "
        "Minister Kenta Arai.",
        "en",
    )
    assert frozenset({"Ana Souza", "Kenta Arai"}) not in met(ex)


# ---- an ambassador's farewell or introductory call on an official ----
def test_en_farewell_call_on_the_president_is_a_meeting():
    ex = run(
        "The outgoing Ambassador of Peru, Luis Cordero, paid a farewell call on President "
        "Halima Yacob at the Istana on Friday.",
        "en",
    )
    assert frozenset({"Luis Cordero", "Halima Yacob"}) in met(ex)


# ---- "X was welcomed at the palace on Monday by Y": a passive reception, no statement ----
def test_en_passive_welcome_with_a_place_before_its_agent_is_a_meeting():
    ex = run(
        "Germany's Development Minister, Svenja Holt, was welcomed at State House on Monday by "
        "Kenya's Deputy President, Kithure Wambua, for talks on climate finance.",
        "en",
    )
    assert frozenset({"Svenja Holt", "Kithure Wambua"}) in met(ex)
    assert not said(ex)


def test_en_welcomed_a_decision_by_a_body_stays_a_statement():
    ex = run(
        "Foreign Minister Svenja Holt welcomed the decision taken on Monday by the Kenyan "
        "parliament to ratify the treaty.",
        "en",
    )
    assert [s for s, _ in said(ex)] == ["Svenja Holt"]


# ---- "received X, Ambassador of A to the UAE, and Y, Ambassador of B": both received ----
def test_en_received_list_with_an_ambassadors_post_before_and():
    ex = run(
        "Minister of State Khalifa Al Marar received Maria Rojas, Ambassador of Chile to the "
        "UAE, and Ana Pereira, Ambassador of Portugal, on the occasion of the end of their "
        "tenures.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Khalifa Al Marar", "Maria Rojas"}) in pairs
    assert frozenset({"Khalifa Al Marar", "Ana Pereira"}) in pairs


# ---- a transcript turn "I just met with X": the turn's speaker met X ----
def test_en_turn_i_just_met_with_is_the_speakers_meeting():
    ex = run(
        "FOREIGN MINISTER LINDQVIST: Good afternoon. I just met with NATO Secretary General "
        "Pieter Vos and we discussed the eastern flank.",
        "en",
        title="Press Availability in Brussels",
    )
    # the speaker (named in capitals by the turn) met the one named in the turn
    assert [sorted(p) for p in met(ex)] == [["LINDQVIST", "Pieter Vos"]]


def test_en_turn_i_will_meet_stays_future():
    ex = run(
        "FOREIGN MINISTER LINDQVIST: Good afternoon. Tomorrow I will meet NATO Secretary "
        "General Pieter Vos.",
        "en",
        title="Press Availability in Brussels",
    )
    assert not met(ex)


# ---- "Meeting the Minister of X, Y underscored …": a participle with its object's article ----
def test_en_opening_participle_meeting_the_minister_is_a_meeting():
    ex = run(
        "Meeting the Minister of Foreign Affairs of Malaysia, Mohamad Rais, the Deputy Prime "
        "Minister Ishaq Qamar underscored the importance of cooperation in the halal industry.",
        "en",
    )
    assert frozenset({"Mohamad Rais", "Ishaq Qamar"}) in met(ex)


def test_en_opening_the_meeting_noun_is_no_participle():
    ex = run(
        "The meeting of the Minister of Foreign Affairs of Malaysia, Mohamad Rais, was "
        "postponed, the Deputy Prime Minister Ishaq Qamar said.",
        "en",
    )
    assert not met(ex)


# ---- "…, the state news agency X reported": the clause before the described speaker ----
def test_en_trailing_news_agency_with_a_descriptor_reported():
    ex = run(
        "Brazil and Bahrain signed agreements worth $2 billion after the talks, the Bahraini "
        "state news agency BNA reported.",
        "en",
    )
    assert said(ex) == [
        ("BNA", "Brazil and Bahrain signed agreements worth $2 billion after the talks")
    ]


# ---- "Remarks by X …": "I told the Minister that …" is X's statement, not the Minister's ----
def test_en_first_person_in_remarks_is_the_headings_author():
    ex = run(
        "Thank you, Minister, for your hospitality. I told the Minister that the European Union "
        "expects concrete steps on judicial reform.",
        "en",
        title="Remarks by High Representative Kaja Lepp at the press point with the Foreign "
        "Minister of Georgia",
    )
    speakers = {s for s, q in said(ex) if q.startswith("the European Union expects")}
    assert speakers == {"Kaja Lepp"}


def test_en_first_person_in_joint_remarks_names_no_author():
    ex = run(
        "FOREIGN MINISTER LEPP: Thank you. We met this morning, and I told the Minister that "
        "the European Union expects concrete steps on judicial reform.",
        "en",
        title="Remarks by High Representative Kaja Lepp and Foreign Minister Levan Gelashvili",
    )
    assert not [s for s, q in said(ex) if q.startswith("the European Union expects")]


# ---- "Statement by …" then "The following is attributable to X:": no statement of its own ----
def test_en_attributable_line_after_a_statement_heading_is_no_statement():
    ex = run(
        "The following is attributable to Spokesperson Nora Blake:\n\n"
        "We call on all parties to exercise restraint.",
        "en",
        title="Statement by NSC Spokesperson Nora Blake",
    )
    assert not [q for _s, q in said(ex) if q.startswith("The following")]


def test_en_closing_news_agency_attribution_after_a_statement_is_no_statement():
    ex = run(
        "Trade Minister Lena Holm stressed the need for open markets, the Bahraini News Agency "
        "(BNA) said.",
        "en",
    )
    assert said(ex) == [("Lena Holm", "the need for open markets")]
