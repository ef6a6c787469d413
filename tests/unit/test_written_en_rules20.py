"""English constructions of the twentieth round (issue #10: government texts of many governments in
English): a ministry a title implies also named "<Country> Ministry of <portfolio>", a visit's
escort named after its meetings (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, run, said


# ---- an implied ministry: "Polish Ministry of Foreign Affairs" beside "Polish Foreign Ministry"
@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, "
            "in Oslo on Monday. She later received the Foreign Minister of Ukraine, Ivan Koval.",
            "Polish Ministry of Foreign Affairs",
        ),
        (
            "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, "
            "in Oslo on Monday. She later received the Foreign Minister of Ukraine, Ivan Koval.",
            "Ukrainian Ministry of Foreign Affairs",
        ),
        (
            "The Defence Minister of Chile, Rosa Vidal, met her Peruvian counterpart, Luis Campos, "
            "in Lima.",
            "Chilean Ministry of Defence",
        ),
    ],
)
def test_en_implied_ministry_is_also_named_ministry_of_its_portfolio(text, form):
    e = ent(run(text, "en"), form)
    assert e.type == "Agency"


def test_en_portfolio_adjective_takes_its_noun_in_the_ministry_of_form():
    ex = run(
        "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, in Oslo.",
        "en",
    )
    forms = {f for e in ex.entities if e.type == "Agency" for f in (e.name, *e.aliases)}
    assert "Polish Ministry of Foreign Affairs" in forms
    assert not any(f.endswith("Ministry of Foreign") for f in forms)


def test_en_ministry_is_also_named_by_the_short_country_name_the_text_uses():
    ex = run(
        "Foreign Minister Karin Lund received the Foreign Minister of the Kingdom of the "
        "Netherlands, Mr. Joost van Dam, in Oslo. Mr. van Dam said the Netherlands would "
        "double its support for the fund.",
        "en",
    )
    e = ent(ex, "Netherlands Ministry of Foreign Affairs")
    assert e.name == "Dutch Foreign Ministry"  # the adjective's form stays its name
    forms = {f for e in ex.entities for f in (e.name, *e.aliases)}
    assert not any(f.startswith("Kingdom of the Netherlands Ministry") for f in forms)


def test_en_other_bodies_take_no_country_name_qualifier():
    ex = run(
        "The President of Ghana, Kofi Mensah, met the chairman of the Ghanaian Investment "
        "Authority, Ama Owusu, in Accra. Ghana will host the summit.",
        "en",
    )
    forms = {f for e in ex.entities if e.type == "Agency" for f in (e.name, *e.aliases)}
    assert not any(f.startswith("Ghana ") for f in forms)


def test_en_new_zealand_is_its_own_adjective_before_a_ministry():
    ex = run(
        "Foreign Minister Karin Lund met Ms. Anna Berg, Minister of Foreign Affairs of New "
        "Zealand, in Oslo on Friday.",
        "en",
    )
    e = ent(ex, "New Zealand Ministry of Foreign Affairs")
    assert not any("New Zealander" in f for f in (e.name, *e.aliases))


# ---- "The Minister was accompanied by X and Y." after the meetings: at each of them ----
_TOUR = (
    "Foreign Minister of Ruritania visits Vienna and Prague\n"
    "The Foreign Minister of Ruritania, Karl Ost, was received by President Anna Berg in Vienna "
    "on Monday. He then held talks with his counterpart, Foreign Minister Peter Lind.\n"
    "In Prague, Ost met with the Prime Minister of the Czech Republic, Jan Novak.\n"
)


def test_en_closing_escort_meets_each_meeting_of_the_one_escorted():
    ex = run(
        _TOUR + "The Minister was accompanied by Ms Eva Holm, Ambassador of Ruritania to "
        "Austria, and by Mr Tom Dahl, Director for Europe at the Ministry.",
        "en",
    )
    pairs = met(ex)
    for escort in ("Eva Holm", "Tom Dahl"):
        for host in ("Anna Berg", "Peter Lind", "Jan Novak"):
            assert frozenset((escort, host)) in pairs
    assert frozenset(("Eva Holm", "Tom Dahl")) not in pairs


def test_en_escort_who_attended_one_meeting_meets_that_one_only():
    ex = run(
        _TOUR + "The Minister was accompanied by Ms Eva Holm, Ambassador of Ruritania to "
        "Austria, who also attended the talks in Prague.",
        "en",
    )
    pairs = met(ex)
    assert frozenset(("Eva Holm", "Anna Berg")) not in pairs


def test_en_joined_by_after_a_meeting_joins_that_meeting_only():
    ex = run(
        _TOUR + "The Minister was joined by the Ambassador of Ruritania to the Czech Republic, "
        "Eva Holm.",
        "en",
    )
    pairs = met(ex)
    assert frozenset(("Eva Holm", "Jan Novak")) in pairs
    assert frozenset(("Eva Holm", "Anna Berg")) not in pairs


# ---- later mentions by one surname of a name of several ----
@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (  # the first of two Spanish surnames
            "Peru's Minister of Economy, Elena Ruiz Ortega, met the Foreign Minister of Chile, "
            "Tomas Vera, in Lima. Minister Ruiz said trade had doubled.",
            "Elena Ruiz Ortega",
            "Ruiz",
        ),
        (  # a surname before "de" and a second surname
            "Guatemala's Minister of Finance, Rosa Paz de Castillo, met the Foreign Minister of "
            "Chile, Tomas Vera, in Lima. Minister Paz said the budget was ready.",
            "Rosa Paz de Castillo",
            "Paz",
        ),
        (  # a hyphened surname, written as one word
            "The Speaker of the National Assembly, Peter Ole Sankok-Mwangi, received the Foreign "
            "Minister of Chile, Tomas Vera. Speaker Sankok-Mwangi said the visit was useful.",
            "Peter Ole Sankok-Mwangi",
            "Sankok-Mwangi",
        ),
        (  # an elided surname
            "Ruritania's Foreign Minister, Karl Ost, met Australia's Minister for Defence, "
            "Michael O'Connell, in Canberra. Minister O'Connell said the talks were good.",
            "Michael O'Connell",
            "O'Connell",
        ),
    ],
)
def test_en_later_mention_by_one_surname_of_several_is_the_full_name(text, full, short):
    ex = run(text, "en")
    e = ent(ex, full)
    assert e.name == full
    assert short in e.aliases
    assert short not in names(ex, "Official")


def test_en_inner_word_of_two_fuller_names_stays_apart():
    ex = run(
        "Peru's Minister of Economy, Elena Ruiz Ortega, met Chile's Minister of Trade, Ana Ruiz "
        "Blanco, in Lima. Minister Ruiz said trade had doubled.",
        "en",
    )
    assert "Ruiz" not in ent(ex, "Elena Ruiz Ortega").aliases
    assert "Ruiz" not in ent(ex, "Ana Ruiz Blanco").aliases


# ---- styles: "…, the Hon. X", "Rt. Hon. X"; name particles "ole", "ould" ----
def test_en_the_hon_after_a_comma_opens_the_holders_name():
    ex = run(
        "Ruritania's Foreign Minister, Karl Ost, met Australia's Minister for Defence, the Hon. "
        "Michael Grant, in Canberra.",
        "en",
    )
    assert "Michael Grant" in names(ex, "Official")
    assert frozenset(("Karl Ost", "Michael Grant")) in met(ex)


def test_en_right_honourable_is_a_style_before_the_name():
    ex = run(
        "The Speaker of the National Assembly, Rt. Hon. Peter Lenku, received a delegation of "
        "the Parliament of Ghana led by the Deputy Speaker, Rt. Hon. Ama Owusu.",
        "en",
    )
    assert {"Peter Lenku", "Ama Owusu"} <= names(ex, "Official")


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Speaker Ole Lenku hosts Ghanaian MPs\nThe Speaker of the National Assembly, Peter "
            "Ole Lenku, received the Deputy Speaker of Ghana, Ama Owusu.",
            "Peter Ole Lenku",
            "Ole Lenku",
        ),
        (
            "The Prime Minister of Mauritania, Mr Sidi Ahmed Ould Cheikh Baba, received the "
            "Foreign Minister of Chile, Tomas Vera, in Nouakchott.",
            "Sidi Ahmed Ould Cheikh Baba",
            None,
        ),
    ],
)
def test_en_son_of_particles_join_a_name(text, full, short):
    ex = run(text, "en")
    e = ent(ex, full)
    assert e.type == "Official"
    if short:
        assert short in e.aliases


# ---- "The two Presidents held a tête-à-tête": the principals alone ----
@pytest.mark.parametrize("subject", ["The two Presidents", "The Presidents"])
def test_en_plural_title_holding_a_tete_a_tete_is_the_two_holders(subject):
    ex = run(
        "State visit of the President of Ruritania\n"
        "The President of Ruritania, Karl Ost, paid a State Visit to Freedonia at the invitation "
        f"of President Anna Berg. {subject} held a tête-à-tête at the State House.",
        "en",
    )
    assert frozenset(("Karl Ost", "Anna Berg")) in met(ex)


def test_en_prime_ministers_named_by_surname_held_a_tete_a_tete():
    ex = run(
        "Prime Minister Karl Ost is making an Official Visit to Freedonia at the invitation of "
        "Prime Minister Anna Berg. Prime Minister Berg and Prime Minister Ost held a tête-à-tête, "
        "followed by delegation-level talks.",
        "en",
    )
    assert frozenset(("Karl Ost", "Anna Berg")) in met(ex)


def test_en_the_presidents_of_a_joint_statement_are_the_heads_not_a_banks_president():
    ex = run(
        "Joint statement\n"
        "The President of Ruritania, Karl Ost, paid a State Visit to Freedonia at the invitation "
        "of President Anna Berg. The Ruritanian delegation included the President of the "
        "Ruritanian Development Bank, Mr. Tomas Lind. The Presidents reaffirmed their commitment "
        "to the annual dialogue.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "annual dialogue" in q}
    assert speakers == {"Karl Ost", "Anna Berg"}


# ---- "Office of" + a style or a body's abbreviation + the role: the whole name ----
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Karl Ost met the head of the Office of the UN Special Envoy for Syria, Mr. Saad Ali.",
            "Office of the UN Special Envoy for Syria",
        ),
        (
            "The meeting was attended by the Director General of the Office of His Highness the "
            "Minister, Mr. Saad Ali.",
            "Office of His Highness the Minister",
        ),
        (
            "Karl Ost also met representatives of the Office of the UN High Commissioner for "
            "Refugees (UNHCR) at the camp.",
            "Office of the UN High Commissioner for Refugees",
        ),
    ],
)
def test_en_office_of_a_styled_or_bodys_role_is_named_in_full(text, body):
    ex = run(text, "en")
    assert body in names(ex, "Agency")
    assert "Office" not in names(ex, "Agency")


# ---- "A and B accompanied the Minister in the meetings": each meeting, no call ----
_DAY = (
    "Minister's meetings in Vienna\n"
    "1. The Foreign Minister of Ruritania, Karl Ost, held bilateral meetings today in Vienna.\n"
    "2. He met the Foreign Minister of Austria, Anna Berg.\n"
    "3. He called on the Chancellor of Austria, Peter Lind.\n"
    "4. He also spoke on the phone with the Foreign Minister of Chile, Rosa Vidal.\n"
)


def test_en_escort_as_subject_meets_each_meeting_but_not_the_call():
    ex = run(
        _DAY + "5. The Ambassador of Ruritania to Austria, Ms. Eva Holm, and the Director for "
        "Europe, Mr. Tom Dahl, accompanied the Minister in the meetings.",
        "en",
    )
    pairs = met(ex)
    for escort in ("Eva Holm", "Tom Dahl"):
        assert frozenset((escort, "Anna Berg")) in pairs
        assert frozenset((escort, "Peter Lind")) in pairs
        assert frozenset((escort, "Rosa Vidal")) not in pairs
    assert frozenset(("Eva Holm", "Tom Dahl")) not in pairs


def test_en_accompanied_by_participle_is_no_escort_clause():
    ex = run(
        "The Foreign Minister of Ruritania, Karl Ost, met the Foreign Minister of Austria, Anna "
        "Berg. Later Ost, accompanied by his Ambassador, Eva Holm, called on the Chancellor of "
        "Austria, Peter Lind.",
        "en",
    )
    pairs = met(ex)
    assert frozenset(("Karl Ost", "Peter Lind")) in pairs
    assert frozenset(("Eva Holm", "Anna Berg")) not in pairs


def test_en_escort_accompanied_throughout_meets_each_meeting():
    ex = run(
        _TOUR + "He was accompanied throughout by the Ambassador of Ruritania to Austria, "
        "Ms Eva Holm.",
        "en",
    )
    pairs = met(ex)
    for host in ("Anna Berg", "Peter Lind", "Jan Novak"):
        assert frozenset(("Eva Holm", host)) in pairs
