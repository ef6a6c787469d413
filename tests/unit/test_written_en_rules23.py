"""English meeting rules of the twenty-third round (issue #10: relations on unseen text): the
members of each delegation listed after delegation-level talks (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run


def _met(ex) -> set[frozenset[str]]:
    return {frozenset(p) for p in rels(ex, "MET_WITH")}


# ---- "The A delegation included X; Y" after talks between the two delegations (SVO): members ----
JOINT = (
    "Joint Statement on the Visit of the President of Ghana to Kenya\n"
    "1. The President of the Republic of Kenya, His Excellency Daniel Mwangi Odhiambo, received "
    "the President of the Republic of Ghana, His Excellency Kwame Asante Boateng, at State House, "
    "Nairobi.\n"
    "2. The two Presidents held a private meeting, followed by talks between the two "
    "delegations.\n"
    "3. The Ghanaian delegation included the Minister of Foreign Affairs, Mrs. Efua Mensah "
    "Owusu; and the Minister of Trade, Mr. Kofi Adjei Badu.\n"
    "4. The Kenyan delegation included the Cabinet Secretary for Foreign Affairs, Dr. Wanjiku "
    "Kamau Njeri.\n"
)


def test_en_delegation_members_meet_no_one():
    # dev2's practice, the written gold's since round 28: a delegation's listed members are its
    # members only, linked neither to the other principal nor to their own
    met = _met(run(JOINT, "en"))
    assert frozenset({"Kwame Asante Boateng", "Daniel Mwangi Odhiambo"}) in met
    for member in ("Efua Mensah Owusu", "Kofi Adjei Badu", "Wanjiku Kamau Njeri"):
        assert not any(member in pair for pair in met)


def test_en_delegation_listed_long_after_the_talks_meets_no_one():
    text = (
        "News\n\n"
        "President Kwame Asante Boateng of Ghana held talks with Kenyan President Daniel Mwangi "
        "Odhiambo in Nairobi on Monday.\n"
        "The talks covered trade and security in the region.\n"
        "The leaders also discussed the preparations for the next African Union summit.\n"
        "The Ghanaian delegation included Foreign Minister Efua Mensah Owusu."
    )
    met = _met(run(text, "en"))
    assert frozenset({"Efua Mensah Owusu", "Daniel Mwangi Odhiambo"}) not in met


# ---- "The MoU on X was signed by A and B" after the talks of two sides ----
SIGNING = (
    "Official Visit of the Prime Minister of Malaysia to Viet Nam\n"
    "Prime Minister Nguyen Duc Thang received Malaysian Prime Minister Dato' Seri Ahmad Zaki "
    "Hamid at the Presidential Palace this morning, followed by delegation-level talks.\n"
    "The two Prime Ministers witnessed the exchange of two agreements.\n"
    "The Agreement on Fisheries Cooperation was signed by Minister of Agriculture Mr. Tran Van "
    "Loc and Malaysia's Minister of Agriculture and Food Security Mr. Razak Idris Omar.\n"
)


def test_en_signers_meet_each_other_and_the_other_principal():
    met = _met(run(SIGNING, "en"))
    assert frozenset({"Tran Van Loc", "Razak Idris Omar"}) in met
    # each signer meets the principal of the other side (the host's minister: no country stated)
    assert frozenset({"Razak Idris Omar", "Nguyen Duc Thang"}) in met
    assert frozenset({"Tran Van Loc", "Ahmad Zaki Hamid"}) in met
    # not his own side's principal
    assert frozenset({"Razak Idris Omar", "Ahmad Zaki Hamid"}) not in met


def test_en_signers_of_one_country_meet_no_one():
    text = (
        "News\n\n"
        "Prime Minister Nguyen Duc Thang received Malaysian Prime Minister Ahmad Zaki Hamid in "
        "Hanoi on Monday.\n"
        "The contract was signed by Malaysia's Minister of Trade Razak Idris Omar and Malaysia's "
        "Minister of Energy Farid Osman Rahim."
    )
    met = _met(run(text, "en"))
    assert frozenset({"Razak Idris Omar", "Farid Osman Rahim"}) not in met


# ---- "Prior to the talks, X was greeted by Y": a side event; "the meeting" is still the talks ----
SIDE_EVENT = (
    "News\n\n"
    "Minister of Defence Arturo Salgado Vidal held talks with Chile's Minister of National "
    "Defence, Carolina Fuentes Rojas, at the Ministry in Lima on Monday.\n"
    "Prior to the talks, Minister Fuentes laid a wreath at the Monument to the Heroes and was "
    "welcomed by the Chief of the Joint Command, General Ernesto Paredes Luna.\n"
    "The meeting was attended on the Peruvian side by Vice Minister of Defence Jorge Quispe "
    "Mamani, and on the Chilean side by Chile's Ambassador to Peru, Andres Molina Vera.\n"
)


def test_en_side_attendees_join_the_talks_not_the_side_event():
    met = _met(run(SIDE_EVENT, "en"))
    assert frozenset({"Carolina Fuentes Rojas", "Ernesto Paredes Luna"}) in met
    assert frozenset({"Jorge Quispe Mamani", "Carolina Fuentes Rojas"}) in met
    assert frozenset({"Andres Molina Vera", "Arturo Salgado Vidal"}) in met
    assert frozenset({"Jorge Quispe Mamani", "Ernesto Paredes Luna"}) not in met
    assert frozenset({"Andres Molina Vera", "Ernesto Paredes Luna"}) not in met


# ---- "The Kenyan side included X" right after the talks: X meets the other side's principal ----
def test_en_side_included_meets_the_other_principal():
    text = (
        "News\n\n"
        "Tanzanian President Joseph Mrema hosted Rwandan President Eric Habimana at State House "
        "in Dar es Salaam on Tuesday.\n"
        "Habimana was accompanied by Foreign Minister Claudine Uwase.\n"
        "The Tanzanian side included Foreign Minister Halima Juma Mwinyi."
    )
    met = _met(run(text, "en"))
    assert frozenset({"Halima Juma Mwinyi", "Eric Habimana"}) in met
    # the principal, not the escort his side grew by
    assert frozenset({"Halima Juma Mwinyi", "Claudine Uwase"}) not in met
    assert frozenset({"Halima Juma Mwinyi", "Joseph Mrema"}) not in met


# ---- a first-person meeting in a later sentence of a transcript turn: the turn's speaker ----
def test_en_first_person_meeting_later_in_a_turn_is_the_speakers():
    text = (
        "Foreign Minister Okonkwo and Foreign Minister Lindahl Before Their Meeting\n"
        "FOREIGN MINISTER OKONKWO: Good afternoon. Welcome to Abuja, Minister Lindahl.\n"
        "FOREIGN MINISTER LINDAHL: Thank you, Minister. It is good to be back. When I met with the "
        "Speaker of the Senate, Ibrahim Danladi Musa, this morning, we spoke about trade.\n"
    )
    met = _met(run(text, "en"))
    assert frozenset({"Lindahl", "Ibrahim Danladi Musa"}) in met
    assert frozenset({"Okonkwo", "Ibrahim Danladi Musa"}) not in met


# ---- "X was received by Y, and later met Z": "and" carries the passive's subject X, not Y ----
def test_en_and_after_a_passive_reception_carries_the_guest():
    text = (
        "News\n\n"
        "The Foreign Minister, Ingrid Solvang, was received in audience by King Haakon Rasmussen, "
        "and later met the Speaker of the Storting, Tor Eriksen Lunde."
    )
    met = _met(run(text, "en"))
    assert frozenset({"Ingrid Solvang", "Haakon Rasmussen"}) in met
    assert frozenset({"Ingrid Solvang", "Tor Eriksen Lunde"}) in met
    assert frozenset({"Haakon Rasmussen", "Tor Eriksen Lunde"}) not in met


# ---- talks continued "with members of both delegations", each list after (host: no country) ----
def test_en_members_of_both_delegations_after_talks_told_again_meet_no_one():
    text = (
        "Prime Minister receives Latvian counterpart\n"
        "Prime Minister Henrik Dahlgren received Latvian Prime Minister Ilze Ozola in Stockholm "
        "on Monday.\n"
        "The prime ministers first met alone and then continued their talks with members of both "
        "delegations.\n"
        "The Swedish delegation included Minister for Foreign Affairs Karin Ekdahl.\n"
        "The Latvian delegation included Minister of Foreign Affairs Janis Berzins."
    )
    met = _met(run(text, "en"))
    # the listed members meet no one (dev2's practice, the written gold's since round 28)
    assert frozenset({"Henrik Dahlgren", "Ilze Ozola"}) in met
    assert frozenset({"Karin Ekdahl", "Ilze Ozola"}) not in met
    assert frozenset({"Janis Berzins", "Henrik Dahlgren"}) not in met


# ---- "co-chaired the Joint Commission with H.H. Sheikh Y": styles between "with" and the name ----
def test_en_co_chaired_with_a_styled_partner():
    text = (
        "News\n\n"
        "The Minister of Foreign Affairs, Dr. Ravi Menon Pillai, co-chaired the 9th meeting of "
        "the India-Bahrain Joint Commission with H.H. Sheikh Hamad bin Isa Al Khalifa, Minister of "
        "Foreign Affairs of Bahrain.\n"
        "The two Ministers welcomed the progress made on the bilateral investment treaty."
    )
    ex = run(text, "en")
    assert frozenset({"Ravi Menon Pillai", "Hamad bin Isa Al Khalifa"}) in _met(ex)
    speakers = {s for s, _q in rels(ex, "SAID")}
    assert {"Ravi Menon Pillai", "Hamad bin Isa Al Khalifa"} <= speakers


# ---- "MODERATOR (Mr. X, Head of Y): …": the official in the brackets speaks; no party met ----
def test_en_bracketed_speaker_label_is_a_turn_of_its_holder():
    text = (
        "Transcript: joint press briefing of Minister Owusu and Minister Larsen\n"
        "MODERATOR (Ms. Abena Asante, Director of Communications, MFA): Good morning and welcome "
        "to this briefing.\n"
        "MINISTER OWUSU: Thank you. We have agreed to expand our cooperation on cocoa.\n"
        "MINISTER LARSEN: Thank you, Minister. Denmark is proud to be Ghana's partner.\n"
    )
    ex = run(text, "en")
    assert any(s == "Abena Asante" and q.startswith("Good morning") for s, q in rels(ex, "SAID"))
    met = _met(ex)
    assert frozenset({"Owusu", "Larsen"}) in met
    assert not any("Abena Asante" in p for p in met)


# ---- "Attending the talks on the A side were X. On the B side were Y." ----
def test_en_fronted_attendance_and_a_side_sentence():
    text = (
        "News\n\n"
        "Foreign Minister Lars Henriksen held talks with Minister of Foreign Affairs of the "
        "Republic of Peru Carmen Rosa Valdivia in Copenhagen on Monday.\n"
        "Attending the talks on the Danish side was State Secretary Mette Kragh Olsen.\n"
        "On the Peruvian side was Ambassador of Peru to Denmark Jorge Luis Paredes.\n"
    )
    met = _met(run(text, "en"))
    assert frozenset({"Mette Kragh Olsen", "Carmen Rosa Valdivia"}) in met
    assert frozenset({"Jorge Luis Paredes", "Lars Henriksen"}) in met
    assert frozenset({"Mette Kragh Olsen", "Lars Henriksen"}) not in met
    assert frozenset({"Jorge Luis Paredes", "Carmen Rosa Valdivia"}) not in met


def test_en_fronted_attendance_without_a_side():
    text = (
        "News\n\n"
        "Foreign Minister Lars Henriksen held talks with Minister of Foreign Affairs of the "
        "Republic of Peru Carmen Rosa Valdivia in Copenhagen on Monday.\n"
        "Attending the talks was State Secretary Mette Kragh Olsen.\n"
    )
    met = _met(run(text, "en"))
    assert frozenset({"Mette Kragh Olsen", "Carmen Rosa Valdivia"}) in met


# ---- "the following documents were signed:" lists things done: no statement ----
def test_en_following_documents_signed_is_no_statement():
    text = (
        "Joint Statement on the Visit of the President of Chile to Peru\n"
        "1. The President of Peru, Rosa Elena Quispe, received the President of Chile, Tomas "
        "Andres Vidal, in Lima.\n"
        "2. In the presence of the two Presidents, the following agreements were signed:\n"
        "- an Agreement on border cooperation;\n"
        "- a Memorandum of Understanding on tourism.\n"
        "3. The Secretary-General of the Presidency made the following remarks:\n"
    )
    said = rels(run(text, "en"), "SAID")
    assert not any(q and "border cooperation" in q for _s, q in said)
