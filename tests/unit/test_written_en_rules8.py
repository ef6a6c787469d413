"""Forms of English meetings met in the eighth round of eval/written articles: readouts, releases
and wire copy of visits (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


# ---- nouns of protocol and format: an audience, a roundtable, consultations held --------------
def test_en_audience_with_is_a_meeting():
    ex = run(
        "President Maren Holt had an audience with the Emir of Kuwait, Sheikh Salem bin Fahad, on"
        " Tuesday.",
        "en",
    )
    assert frozenset({"Maren Holt", "Salem bin Fahad"}) in met(ex)


def test_en_granted_an_audience_by_is_a_meeting_with_the_host():
    ex = run("Prime Minister Tobias Renn was granted an audience by King Harald Vestby.", "en")
    assert frozenset({"Tobias Renn", "Harald Vestby"}) in met(ex)


def test_en_roundtable_with_is_a_meeting():
    ex = run(
        "Trade Minister Ilka Saarinen held a roundtable with the Governor of the Central Bank,"
        " Marta Quiroga, and investors.",
        "en",
    )
    assert frozenset({"Ilka Saarinen", "Marta Quiroga"}) in met(ex)


def test_en_held_consultations_is_a_meeting_of_the_coordinated_subject():
    ex = run(
        "Foreign Minister Clara Ruiz and her Peruvian counterpart, Hugo Salas, held consultations"
        " in Quito.",
        "en",
    )
    assert frozenset({"Clara Ruiz", "Hugo Salas"}) in met(ex)


# ---- "X, who …, also met Y": the relative clause's parties are no subject -------------------
def test_en_relative_clause_then_also_keeps_the_subject():
    ex = run(
        "Minister Jonas Aberg, who was accompanied by Energy Minister Olle Dahl, also met with the"
        " Speaker of Parliament, Rosa Pinto.",
        "en",
    )
    assert frozenset({"Jonas Aberg", "Rosa Pinto"}) in met(ex)


# ---- "X was received by Y, and had a meeting with Z": X holds the second meeting -------------
def test_en_guest_of_a_passive_meeting_holds_the_next_one():
    ex = run(
        "Prime Minister Leon Vasse was granted an audience by the President of Chile, Ana Morales,"
        " and had a meeting with the Speaker of the Senate, Pedro Vidal.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Leon Vasse", "Pedro Vidal"}) in pairs
    assert frozenset({"Ana Morales", "Pedro Vidal"}) not in pairs
    # the active clause keeps its subject
    ex = run(
        "President Ana Morales received Foreign Minister Leon Vasse, and held a meeting with the"
        " Speaker of the Senate, Pedro Vidal.",
        "en",
    )
    assert frozenset({"Ana Morales", "Pedro Vidal"}) in met(ex)


# ---- an envoy's apposition: the sender of the message is not met -----------------------------
def test_en_envoy_of_a_titled_sender_does_not_meet_the_host():
    ex = run(
        "President Omar Tall received on Monday Foreign Minister Awa Diop, envoy of the President"
        " of Senegal, Moussa Ba, who delivered a written message to him.",
        "en",
    )
    assert {"Awa Diop", "Moussa Ba", "Omar Tall"} <= names(ex, "Official")
    pairs = met(ex)
    assert frozenset({"Omar Tall", "Awa Diop"}) in pairs
    assert frozenset({"Omar Tall", "Moussa Ba"}) not in pairs
    ex = run(
        "President Omar Tall received Foreign Minister Awa Diop, special envoy of President Moussa"
        " Ba, who handed him a message.",
        "en",
    )
    assert frozenset({"Omar Tall", "Moussa Ba"}) not in met(ex)
    # two guests listed: both met
    ex = run(
        "President Omar Sall received Foreign Minister Awa Ndoye and the Speaker of Parliament,"
        " Lamin Ceesay.",
        "en",
    )
    assert frozenset({"Omar Sall", "Lamin Ceesay"}) in met(ex)


# ---- "X and Y discussed …, in the company of Z": Z sits with the group, sides by country -----
def test_en_companion_after_a_coordinated_meeting_joins_by_country():
    ex = run(
        "Chilean President Marta Vidal and Qatari Emir Sheikh Saud bin Khalid Al Thani discussed"
        " trade over a working lunch, in the company of Qatar's Prime Minister Sheikh Fahad bin"
        " Nasser Al Thani.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Marta Vidal", "Saud bin Khalid Al Thani"}) in pairs
    assert frozenset({"Marta Vidal", "Fahad bin Nasser Al Thani"}) in pairs
    assert frozenset({"Saud bin Khalid Al Thani", "Fahad bin Nasser Al Thani"}) not in pairs
    ex = run(
        "Chilean President Marta Vidal and Qatari Emir Sheikh Saud bin Khalid Al Thani held talks"
        " in Doha alongside Qatari Foreign Minister Hamad Jaber.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Marta Vidal", "Hamad Jaber"}) in pairs
    assert frozenset({"Saud bin Khalid Al Thani", "Hamad Jaber"}) not in pairs


# ---- "attended on the Saudi side by X": the attendee of a side ----------------------------
def test_en_attended_on_a_side_by():
    ex = run(
        "Saudi Crown Prince Faisal bin Saad received Peruvian President Jorge Ramos in Riyadh on"
        " Monday. The meeting was attended on the Saudi side by Energy Minister Prince Turki bin"
        " Majed.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Turki bin Majed", "Jorge Ramos"}) in pairs
    assert frozenset({"Turki bin Majed", "Faisal bin Saad"}) not in pairs


# ---- "hosted an official welcome ceremony for X": the noun is no verb of welcoming -----------
def test_en_welcome_ceremony_hosted_for_a_guest():
    ex = run(
        "Prime Minister Piotr Nowak hosted an official welcome ceremony for President Ivan Horak"
        " in Warsaw, followed by talks.",
        "en",
    )
    assert frozenset({"Piotr Nowak", "Ivan Horak"}) in met(ex)


# ---- "X, who was accompanied by Y, also met Z": Y meets Z with X, not the earlier host ------
def test_en_companion_in_a_relative_clause_joins_the_coming_meeting():
    ex = run(
        "President Lea Sousa hosted a dinner for Foreign Minister Karel Vlk. Minister Ruben Lind,"
        " who was accompanied by Energy Minister Arvid Dahl, also met with the Speaker of"
        " Parliament, Marta Costa.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Ruben Lind", "Marta Costa"}) in pairs
    assert frozenset({"Arvid Dahl", "Marta Costa"}) in pairs
    assert frozenset({"Arvid Dahl", "Karel Vlk"}) not in pairs


# ---- "…, before a roundtable with Y": Y, object of the next cue, holds no earlier meeting -----
def test_en_party_after_a_later_cue_is_no_subject_of_the_courtesy_call():
    ex = run(
        "The Foreign Secretary, Anna Birk, arrived in Accra on Monday. She paid a courtesy call on"
        " the Speaker of Parliament, Kofi Mensah, before a roundtable with the Governor of the"
        " Central Bank, Ama Owusu.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Anna Birk", "Kofi Mensah"}) in pairs
    assert frozenset({"Anna Birk", "Ama Owusu"}) in pairs
    assert frozenset({"Kofi Mensah", "Ama Owusu"}) not in pairs
