"""Forms of English agency and ministry copy met in the fourth round of eval/written articles:
names set off after long posts, bodies' abbreviations before a holder's name, armed services,
delegations' members, datelines' agencies, quotations over paragraphs (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run, said


def _official(ex, name):
    return next((e for e in ex.entities if e.type == "Official" and e.name == name), None)


# ---- a post's fields after a comma only when the list closes with "and" ---------------------
def test_en_name_set_off_after_a_title_is_no_field_of_it():
    ex = run("The envoy met Peru's Minister of Trade, Xiomara Paredes Ruiz, in Lima.", "en")
    assert "Xiomara Paredes Ruiz" in names(ex, "Official")
    assert ("Xiomara Paredes Ruiz", "Trade Ministry") in rels(ex, "MEMBER_OF")
    # a list of fields that does close with "and" (past its article) is still read
    ex = run("He met Under Secretary for Trade, Energy, and the Environment Rosa Bexley.", "en")
    assert "Rosa Bexley" in names(ex, "Official")
    assert "Energy" not in names(ex, "Official")


def test_en_a_comma_after_the_titles_country_closes_it():
    ex = run(
        "The minister received Pablo Ortiz, Ambassador of Chile, and Xiomara Paredes Ruiz,"
        " Minister of Trade of Peru, on Monday.",
        "en",
    )
    assert "Xiomara Paredes Ruiz" in names(ex, "Official")
    assert _official(ex, "Pablo Ortiz").title == "Ambassador of Chile"


def test_en_fields_then_a_name_set_off_by_commas():
    ex = run(
        "The envoy met Kenya's Minister of Foreign Affairs and International Trade, Odalys"
        " Bexley Mwangi, who briefed him on the talks.",
        "en",
    )
    assert "Odalys Bexley Mwangi" in names(ex, "Official")


def test_en_fields_after_the_roles_own_ministry_name_it():
    ex = run(
        "Minister of Foreign Affairs and Expatriates Faisal Odeh met the envoy in Amman.", "en"
    )
    ministry = ent(ex, "Ministry of Foreign Affairs and Expatriates")
    assert ministry.type == "Agency"
    assert ("Faisal Odeh", ministry.name) in rels(ex, "MEMBER_OF")


# ---- a body's abbreviation in brackets between the post and the holder's name ---------------
@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Secretary-General of the Gulf Cooperation Council (GCC) Dr. Faisal Al-Hamdan"
            " received the envoy.",
            "Faisal Al-Hamdan",
            "Gulf Cooperation Council",
        ),
        (
            "The minister received the Commander of the United States Central Command (CENTCOM),"
            " General Tamsin Greer, on Monday.",
            "Tamsin Greer",
            "United States Central Command",
        ),
    ],
)
def test_en_holder_named_after_the_bodys_abbreviation(text, person, body):
    ex = run(text, "en")
    assert person in names(ex, "Official")
    assert (person, body) in rels(ex, "MEMBER_OF")


# ---- name grammar ------------------------------------------------------------------------
def test_en_a_title_word_after_bint_is_the_fathers_name():
    ex = run("The minister received Princess Haya bint Sultan, the ambassador, on Monday.", "en")
    assert "Haya bint Sultan" in names(ex, "Official")


def test_en_a_hyphenated_syllable_ends_a_name_read_back_from_its_title():
    ex = run("The trade delegation was led by Lee Seo-jun, Vice Minister of Trade.", "en")
    assert "Lee Seo-jun" in names(ex, "Official")


# ---- armed services, UN agencies and posts of international bodies ------------------------
def test_en_armed_services_are_agencies_of_their_country():
    ex = run(
        "The meeting was attended by Commander of the Royal Jordanian Air Force Brigadier"
        " General Omar Haddad and Chief of Staff of the Oman Defence Force Major General Salim"
        " Al-Harthi.",
        "en",
    )
    assert {"Royal Jordanian Air Force", "Oman Defence Force"} <= names(ex, "Agency")
    assert ("Royal Jordanian Air Force", "Jordan") in rels(ex, "MEMBER_OF")
    assert ("Omar Haddad", "Royal Jordanian Air Force") in rels(ex, "MEMBER_OF")
    assert ("Salim Al-Harthi", "Oman Defence Force") in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "The minister received the UNICEF Representative in Yemen, Ingrid Larsen-Holm, on"
            " Monday.",
            "Ingrid Larsen-Holm",
            "UNICEF",
        ),
        (
            "The minister met Executive Director of the United Nations World Food Programme Rosa"
            " Delgado-Marin in Rome.",
            "Rosa Delgado-Marin",
            "United Nations World Food Programme",
        ),
        (
            "The minister met the World Bank's Regional Director for Peru, Bolivia and Chile,"
            " Ingrid Larsen-Holm, in Lima.",
            "Ingrid Larsen-Holm",
            "World Bank",
        ),
    ],
)
def test_en_posts_of_international_bodies(text, person, body):
    ex = run(text, "en")
    assert person in names(ex, "Official")
    assert (person, body) in rels(ex, "MEMBER_OF")
    assert "United Nations" not in names(ex, "Agency") or "United Nations" in body


def test_en_name_right_after_the_ministry_of_a_post():
    ex = run(
        "The minister met Norway's State Secretary at the Ministry of Foreign Affairs Ola"
        " Brekke-Lund, who is visiting Doha.",
        "en",
    )
    assert "Ola Brekke-Lund" in names(ex, "Official")
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.country == "NOR")
    assert ("Ola Brekke-Lund", ministry.name) in rels(ex, "MEMBER_OF")
    assert (ministry.name, "Norway") in rels(ex, "MEMBER_OF")


# ---- delegations' members -------------------------------------------------------------------
def test_en_the_delegation_included_senators():
    ex = run(
        "The speaker received a delegation from the Senate of Chile on Monday.\n"
        "The delegation included Senators Xiomara Paredes and Tamsin Greer.",
        "en",
    )
    for person in ("Xiomara Paredes", "Tamsin Greer"):
        assert (person, "delegation from the Senate of Chile") in rels(ex, "MEMBER_OF")


def test_en_mps_listed_the_last_keeps_her_post():
    ex = run(
        "The Peruvian delegation includes MPs Xiomara Paredes and Tamsin Greer, Chair of the"
        " Budget Committee.",
        "en",
    )
    assert {"Xiomara Paredes", "Tamsin Greer"} <= names(ex, "Official")
    assert ("Tamsin Greer", "Budget Committee") in rels(ex, "MEMBER_OF")
    assert ("Xiomara Paredes", "Peruvian delegation") in rels(ex, "MEMBER_OF")


# ---- the news agency of a dateline ----------------------------------------------------------
@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("NICOSIA, March 3 (CNA) --", "CNA"), ("Tripoli - LANA\n", "LANA")],
)
def test_en_the_dispatchs_news_agency(dateline, agency):
    ex = run(f"{dateline} Foreign Minister Ola Brekke met Minister Tamsin Greer on Monday.", "en")
    assert agency in names(ex, "Agency")


# ---- a quotation over paragraphs ------------------------------------------------------------
def test_en_a_quoted_paragraph_after_a_quote_is_the_same_speakers():
    ex = run(
        'Foreign Minister Ola Brekke met the envoy on Monday.\n"Our ports are open to every'
        ' partner," the minister said.\n"We will double our exports of fish by next year."\n'
        "Minister Tamsin Greer noted that the talks were useful.",
        "en",
    )
    quotes = [q for who, q in said(ex) if who == "Ola Brekke"]
    assert any(q.startswith("We will double") for q in quotes)


def test_en_a_quotation_open_over_two_paragraphs_is_one_statement():
    ex = run(
        'Foreign Minister Ola Brekke met the envoy on Monday.\n"Our ports are open to every'
        ' partner," the minister said.\n"We will double our exports of fish.\n"We will also'
        ' build two new terminals."\nMinister Tamsin Greer noted that the talks were useful.',
        "en",
    )
    quotes = [q for who, q in said(ex) if who == "Ola Brekke"]
    assert any(q.startswith("We will double") for q in quotes)
    assert not any(q.startswith("We will also") for q in quotes)
    assert frozenset({"Ola Brekke", "Tamsin Greer"}) not in met(ex)


# ---- meetings with lists of guests ----------------------------------------------------------
def test_en_guests_listed_each_with_an_honorific():
    ex = run(
        "Minister of State Rosa Bexley received HE Ambassador of Peru Xiomara Paredes, HE"
        " Ambassador of Chile Pablo Ortiz, and HE Ambassador of Ghana Kofi Mensah on Monday.",
        "en",
    )
    for guest in ("Xiomara Paredes", "Pablo Ortiz", "Kofi Mensah"):
        assert frozenset({"Rosa Bexley", guest}) in met(ex)


def test_en_the_delegation_accompanying_him_after_his_post():
    ex = run(
        "Chief of Staff Major General Omar Haddad received on Monday the Chief of Defence of the"
        " Spanish Armed Forces, General Pablo Ortiz, and the Spanish military delegation"
        " accompanying him.",
        "en",
    )
    assert frozenset({"Omar Haddad", "Spanish military delegation"}) in met(ex)
    assert ("Pablo Ortiz", "Spanish military delegation") in rels(ex, "MEMBER_OF")


# ---- a UN body named with its modifiers, its head named after its abbreviation --------------
def test_en_un_mission_with_modifiers_is_one_body_of_the_un():
    ex = run(
        "Prime Minister Omar Haddad received the Head of the United Nations Verification Mission"
        " in Colombia (UNVMC), Ingrid Larsen-Holm, on Monday.",
        "en",
    )
    mission = "United Nations Verification Mission in Colombia"
    assert mission in names(ex, "Agency")
    assert (mission, "United Nations") in rels(ex, "MEMBER_OF")
    assert (mission, "Colombia") not in rels(ex, "MEMBER_OF")
    assert ("Ingrid Larsen-Holm", mission) in rels(ex, "MEMBER_OF")
    assert frozenset({"Omar Haddad", "Ingrid Larsen-Holm"}) in met(ex)


def test_en_an_unnamed_post_of_a_body_in_the_possessive():
    ex = run("The minister will meet the IMF's Managing Director in Washington next week.", "en")
    assert ("IMF's Managing Director", "IMF") in rels(ex, "MEMBER_OF")


def test_en_the_title_attributing_a_quote_is_the_last_speakers():
    ex = run(
        "Deputy Prime Minister and Minister of Foreign Affairs and Trade Omar Haddad held talks"
        " with Peruvian Minister of Foreign Affairs Xiomara Paredes on Monday.\nHaddad and"
        " Paredes discussed trade and fisheries.\nAt a press"
        ' conference, Haddad said the talks "opened a new chapter."\n"Our markets are open to'
        ' Peruvian fruit from next month," the minister added.',
        "en",
    )
    assert ("Omar Haddad", "Our markets are open to Peruvian fruit from next month") in [
        (who, q.rstrip(",")) for who, q in said(ex)
    ]
    assert not any(who == "Xiomara Paredes" for who, _q in said(ex))


# ---- one person's two posts, unnamed; two people's posts named before ----------------------
def test_en_the_crown_prince_and_prime_minister_is_one_person():
    ex = run(
        "MUSCAT, May 4 -- The Crown Prince and Prime Minister received Peruvian Foreign Minister"
        " Xiomara Paredes at the palace today.",
        "en",
    )
    assert "Crown Prince and Prime Minister" in names(ex, "Official")
    assert frozenset({"Crown Prince and Prime Minister", "Xiomara Paredes"}) in met(ex)
    assert not {"Crown Prince", "Prime Minister"} & names(ex, "Official")
    # two posts of two officials named before stay two people
    ex = run(
        "Secretary of State Rosa Bexley met Foreign Minister Xiomara Paredes in Lima.\nThe"
        " Secretary and Foreign Minister affirmed their commitment to open trade.",
        "en",
    )
    assert {who for who, _q in said(ex)} == {"Rosa Bexley", "Xiomara Paredes"}


# ---- "the meetings were attended by": each meeting of the host that day ----------------------
def test_en_the_meetings_were_attended_by_joins_each_meeting():
    ex = run(
        "Foreign Minister Omar Haddad held several meetings in Geneva on Monday.\nHe met Peru's"
        " Minister of Foreign Affairs, Xiomara Paredes, and discussed fisheries.\nHe also met"
        " Chile's Minister of Foreign Affairs, Pablo Ortiz, and discussed trade.\nThe meetings"
        " were attended by Ambassador Rosa Bexley, Permanent Representative to the UN.",
        "en",
    )
    for guest in ("Xiomara Paredes", "Pablo Ortiz"):
        assert frozenset({"Rosa Bexley", guest}) in met(ex)
    assert frozenset({"Rosa Bexley", "Omar Haddad"}) not in met(ex)


# ---- styles before a name: "Senator", "Ambassador" -------------------------------------------
def test_en_senator_before_the_name_keeps_the_post_before_it():
    ex = run(
        "Deputy Prime Minister and Foreign Minister Senator Odalys Bexley Khan met the envoy.", "en"
    )
    assert "Odalys Bexley Khan" in names(ex, "Official")
    assert ("Odalys Bexley Khan", "Foreign Ministry") in rels(ex, "MEMBER_OF")


def test_en_a_style_word_after_the_posts_comma():
    ex = run(
        "The Foreign Office Spokesperson, Ambassador Odalys Rosa Bexley, said the talks were"
        " useful.",
        "en",
    )
    assert "Odalys Rosa Bexley" in names(ex, "Official")
    assert [who for who, _q in said(ex)] == ["Odalys Rosa Bexley"]


# ---- a delegation from a country; bodies and posts of Gulf copy -----------------------------
def test_en_a_delegation_from_a_country_is_that_countrys():
    ex = run(
        "Minister of Economy Omar Haddad received a trade delegation from the Republic of Peru"
        " on Monday.",
        "en",
    )
    assert ("trade delegation", "Peru") in rels(ex, "MEMBER_OF")


def test_en_an_organisations_council_of_foreign_ministers_is_a_body():
    ex = run(
        "Foreign Minister Omar Haddad spoke at the session of the OIC Council of Foreign"
        " Ministers in Dakar on Monday.",
        "en",
    )
    assert ("OIC Council of Foreign Ministers", "OIC") in rels(ex, "MEMBER_OF")


def test_en_the_post_named_in_an_attendees_title_attends_nothing():
    ex = run(
        "King Fahd Saud received Defense Secretary Mark Doyle today.\nThe reception was"
        " attended by Princess Nouf bint Sultan, Ambassador of the Custodian of the Two Holy"
        " Mosques to the United States.",
        "en",
    )
    assert "Custodian of the Two Holy Mosques" in names(ex, "Official")
    assert frozenset({"Nouf bint Sultan", "Mark Doyle"}) in met(ex)
    assert not any("Custodian of the Two Holy Mosques" in pair for pair in met(ex))
