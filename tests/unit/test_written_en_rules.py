"""Forms of English government and news-agency copy met in the articles of eval/written: honorifics
of the users' sources, dateline agencies, family-first names, country adjectives of constructed
ministry names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run, said

# ---- honorifics between a title and a name ---------------------------------------------------
HONORIFICS = [
    (
        "Vice Minister of Foreign Affairs Eng. Rakan bin Fahd Al-Shammari received the envoy.",
        "Rakan bin Fahd Al-Shammari",
    ),
    (
        "Minister of State for External Affairs Smt. Meera Iyer also attended the talks.",
        "Meera Iyer",
    ),
    ("Shri. Anil Deshpande, Minister of Commerce, opened the fair.", "Anil Deshpande"),
    (
        "HE Minister of Commerce Sheikh Faleh bin Nasser Al Thani opened the exhibition.",
        "Faleh bin Nasser Al Thani",
    ),
    ("Malaysian Foreign Minister Dato' Seri Hafiz Rahman arrived in Riyadh.", "Hafiz Rahman"),
]


@pytest.mark.parametrize(("text", "name"), HONORIFICS)
def test_en_source_honorifics_do_not_stop_the_name(text, name):
    assert name in names(run(text, "en"), "Official")


def test_en_engineer_abbreviation_is_no_official_or_sentence_end():
    ex = run(
        "Eng. Rakan bin Fahd Al-Shammari, Vice Minister of Foreign Affairs, received the"
        " Ambassador of Chile, Pablo Rivas.",
        "en",
    )
    assert "Eng" not in names(ex, "Official")
    assert frozenset({"Rakan bin Fahd Al-Shammari", "Pablo Rivas"}) in met(ex)


# ---- news agencies of the dateline ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "RIYADH, March 4 (SPA) -- The Minister of Health opened a hospital.",
        "ABU DHABI, 3rd May, 2025 (WAM) -- The council held its meeting.",
        "BEIJING, May 2 (Xinhua) -- The two sides signed an agreement.",
        "MUSCAT, Jan 9 (ONA) -- The council approved the plan.",
    ],
)
def test_en_dateline_news_agency_is_an_agency(text):
    agency = text.split("(")[1].split(")")[0]
    assert agency in names(run(text, "en"), "Agency")


def test_en_nsc_spokesperson_belongs_to_the_council():
    ex = run("NSC Spokesperson Laura Benton said the talks were productive.", "en")
    assert ("Laura Benton", "NSC") in rels(ex, "MEMBER_OF")


# ---- a family name written first (Chinese, Korean) -----------------------------------------
FAMILY_FIRST = [
    (
        "Chinese Foreign Minister Gao Jianming met Kenyan Foreign Minister Peter Otieno in Beijing."
        " Gao said China is ready to expand trade with Kenya.",
        "Gao Jianming",
    ),
    (
        "South Korean Foreign Minister Kang Min-seok held talks with Qatari Minister of State"
        " Ali Al-Marri. Kang stressed the importance of energy cooperation.",
        "Kang Min-seok",
    ),
]


@pytest.mark.parametrize(("text", "full"), FAMILY_FIRST)
def test_en_family_name_first_is_the_person_later(text, full):
    ex = run(text, "en")
    assert full.split()[0] not in names(ex, "Official")
    assert [s for s, _ in said(ex)] == [full]


def test_en_western_first_name_alone_is_not_taken_for_a_family_name():
    ex = run(
        "Foreign Minister Peter Otieno met Foreign Minister Gao Jianming. Peter said the"
        " talks went well.",
        "en",
    )
    assert not [s for s, _ in said(ex) if s == "Peter Otieno"]


# ---- a constructed ministry name takes the country's adjective, not its noun ----------------
ADJECTIVES = [
    (
        "Minister of Foreign Affairs of Finland Aino Lahti arrived in Doha.",
        "Finnish Foreign Ministry",
    ),
    (
        "Deputy Foreign Minister of the Philippines Jose Ramos met the minister.",
        "Philippine Foreign Ministry",
    ),
    ("Spain's Minister of Interior Pablo Ruiz visited Rabat.", "Spanish Interior Ministry"),
    ("The Foreign Minister of Turkey, Emre Aksoy, arrived in Baghdad.", "Turkish Foreign Ministry"),
    (
        "Minister for Foreign Affairs of Sweden Karin Lund met the envoy.",
        "Swedish Foreign Ministry",
    ),
]


@pytest.mark.parametrize(("text", "alias"), ADJECTIVES)
def test_en_constructed_ministry_takes_the_country_adjective(text, alias):
    ex = run(text, "en")
    agencies = [e for e in ex.entities if e.type == "Agency"]
    forms = {a for e in agencies for a in (e.name, *e.aliases)}
    assert alias in forms
    assert not any(f.split()[0] in ("Finn", "Filipino", "Spaniard", "Turk", "Swede") for f in forms)


# ---- India's External Affairs Minister (EAM) ------------------------------------------------
def test_en_eam_is_the_external_affairs_minister():
    ex = run(
        "External Affairs Minister Dr. Vikram Joshi met Foreign Minister Aigerim Sadykova of"
        " Kazakhstan. EAM highlighted the potential of the transport corridor.",
        "en",
    )
    assert [s for s, _ in said(ex)] == ["Vikram Joshi"]
    ministry = ent(ex, "External Affairs Ministry")
    assert ("Vikram Joshi", ministry.name) in rels(ex, "MEMBER_OF")


# ---- "attributable to <body> Spokesperson X": X speaks, the body is only in the title -----------
@pytest.mark.parametrize("body", ["NSC", "State Department", "Pentagon"])
def test_en_attributable_to_a_titled_spokesperson_of_a_body(body):
    ex = run(
        f"The following is attributable to {body} Spokesperson Nadia Crane:\n\nDeputy Secretary"
        " of State Owen Pryce met Jordanian Foreign Minister Sami Khalaf today.",
        "en",
    )
    assert [s for s, _ in said(ex)] == ["Nadia Crane"]


def test_en_attributable_to_a_body_alone_stays_the_body():
    ex = run(
        "The following is attributable to the Embassy of Japan:\n\nAmbassador Ken Sato met"
        " Foreign Minister Sami Khalaf today.",
        "en",
    )
    assert [s for s, _ in said(ex)] == ["Embassy of Japan"]


# ---- titles of readouts and briefings ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("National Security Advisor Dana Moore met her Saudi counterpart.", "National Security"),
        ("Principal Deputy Spokesperson Luis Ortega took questions.", "Principal Deputy"),
    ],
)
def test_en_readout_titles_are_read_whole(text, title):
    ex = run(text, "en")
    officials = [e for e in ex.entities if e.type == "Official"]
    assert len(officials) == 1 and title in (officials[0].title or "")


# ---- "met X and the Minister of Interior, Y": the second party after an apposed title --------
APPOSED = [
    (
        "Foreign Secretary Anne Hale held talks with Foreign Minister Omar Haddad and the Minister"
        " of Interior, Khalid Nasser.",
        "Anne Hale",
        "Khalid Nasser",
    ),
    (
        "Envoy Richard Vance met Prime Minister Salem Idris and the UN Special Representative,"
        " Maria Holm.",
        "Richard Vance",
        "Maria Holm",
    ),
    (
        "Minister Ali Rahimi received Ambassador Jean Morel and the Ambassador of Italy, Marco"
        " Bellini.",
        "Ali Rahimi",
        "Marco Bellini",
    ),
]


@pytest.mark.parametrize(("text", "a", "b"), APPOSED)
def test_en_second_party_with_an_apposed_title_is_met(text, a, b):
    pairs = met(run(text, "en"))
    assert frozenset({a, b}) in pairs
    assert len(pairs) == 2


# ---- "X, Minister of Y, His Excellency Mr. Z, Minister of W, …": each title is its name's --------
def test_en_title_between_commas_after_a_name_is_that_names():
    ex = run(
        "At the invitation of His Highness Prince Nawaf bin Saad Al Saud, Minister of Foreign"
        " Affairs of the Kingdom of Saudi Arabia, His Excellency Mr. Hiroshi Tanabe, Minister for"
        " Foreign Affairs of Japan, paid an official visit to the Kingdom.",
        "en",
    )
    assert names(ex, "Official") == {"Nawaf bin Saad Al Saud", "Hiroshi Tanabe"}
    assert "Japan" in ent(ex, "Hiroshi Tanabe").title
    assert "Saudi" in ent(ex, "Nawaf bin Saad Al Saud").title


def test_en_title_with_an_article_before_its_name_stays_the_names_after():
    ex = run(
        "Minister Omar Haddad received at the ministry the Ambassador of Brazil, Ana Duarte,"
        " on Monday.",
        "en",
    )
    assert "Brazil" in ent(ex, "Ana Duarte").title
    assert "Brazil" not in (ent(ex, "Omar Haddad").title or "")


# ---- a generic alias two countries' ministries share names neither -------------------------------
def test_en_generic_alias_shared_by_two_countries_ministries_is_dropped():
    ex = run(
        "Minister of Foreign Affairs of Oman Salim Al-Harthy received Minister of Foreign Affairs"
        " of Peru Luis Vargas.",
        "en",
    )
    ministries = [e for e in ex.entities if e.type == "Agency"]
    assert len(ministries) == 2
    for m in ministries:
        assert "Ministry of Foreign Affairs" not in m.aliases
    assert {a for m in ministries for a in m.aliases} >= {
        "Omani Ministry of Foreign Affairs",
        "Peruvian Ministry of Foreign Affairs",
    }


def test_en_generic_alias_of_one_ministry_is_kept():
    ex = run("Minister of Foreign Affairs of Oman Salim Al-Harthy received the envoy.", "en")
    (ministry,) = [e for e in ex.entities if e.type == "Agency"]
    assert "Ministry of Foreign Affairs" in ministry.aliases


# ---- "the Ministry said" capitalised: the ministry already named ---------------------------------
def test_en_capitalised_ministry_is_the_dateline_countrys_ministry():
    ex = run(
        "MUSCAT, May 3 (ONA) -- Oman's Minister of Foreign Affairs Talal Al-Rawahi received"
        " Jordan's Minister of Health Samer Odeh.\nThe talks covered health cooperation,"
        " the Ministry said in a statement.",
        "en",
    )
    (sp,) = [s for s, _ in said(ex)]
    assert "Omani Foreign Ministry" in ent(ex, sp).aliases
    assert "Ministry" not in names(ex, "Agency")


def test_en_capitalised_ministry_without_dateline_is_the_nearest():
    ex = run(
        "Foreign Minister Talal Al-Rawahi of Oman met Minister of Health Samer Odeh of Jordan.\n"
        "The Ministry said the talks covered hospitals.",
        "en",
    )
    (sp,) = [s for s, _ in said(ex)]
    assert "Jordanian Health Ministry" in ent(ex, sp).aliases


def test_en_capitalised_ministry_with_nothing_before_is_its_own_body():
    ex = run("The Ministry said the new rules take effect on Monday.", "en")
    assert [s for s, _ in said(ex)] == ["Ministry"]


# ---- "<title> at the Ministry of X Dr. Y": the title reaches the honorific past its body ---------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The talks were attended by Undersecretary for Legal Affairs at the Ministry of"
            " Interior Dr. Salma Idrissi.",
            "Salma Idrissi",
        ),
        (
            "HE Minister of State at the Ministry of Foreign Affairs Dr. Noor bint Khalifa"
            " Al Kuwari met the visiting envoy.",
            "Noor bint Khalifa Al Kuwari",
        ),
    ],
)
def test_en_title_at_a_ministry_before_an_honorific_and_name(text, name):
    ex = run(text, "en")
    assert name in names(ex, "Official")
    assert any(src == name for src, _ in rels(ex, "MEMBER_OF"))


# ---- attendees of the meeting told: accompanied, joined, also participated ---------------------
ATTENDED = [
    (
        "Secretary of State Paul Rhee met Foreign Minister Lina Saeed of Jordan. Foreign Minister"
        " Saeed was accompanied by Jordan's Ambassador to the United States, Omar Zaid.",
        "Omar Zaid",
        "Paul Rhee",
    ),
    (
        "Foreign Secretary Anne Hale held talks with Foreign Minister Omar Haddad. The Foreign"
        " Secretary was joined by the Minister for Africa, Tom Reade.",
        "Tom Reade",
        "Omar Haddad",
    ),
    (
        "Foreign Minister Omar Haddad held a meeting with Foreign Minister Lina Saeed. Minister of"
        " State Karim Nassar also participated in the meeting.",
        "Karim Nassar",
        None,
    ),
]


@pytest.mark.parametrize(("text", "attendee", "other"), ATTENDED)
def test_en_attendee_of_the_meeting_told_meets_its_other_side(text, attendee, other):
    pairs = met(run(text, "en"))
    mine = [p for p in pairs if attendee in p]
    assert mine, pairs
    if other is not None:
        assert frozenset({attendee, other}) in pairs


def test_en_accompanied_without_a_meeting_is_nothing():
    ex = run(
        "Foreign Minister Omar Haddad was accompanied by Ambassador Lina Saeed in Paris.", "en"
    )
    assert not met(ex)


# ---- "The two ministers held talks": the two officials just named ------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "The two ministers held talks on trade.",
        "The two ministers held talks at the Ministry of Foreign Affairs in Amman.",
    ],
)
def test_en_the_two_ministers_held_talks_are_the_two_named_before(second):
    ex = run(
        "At the invitation of Foreign Minister Omar Haddad of Jordan, Foreign Minister Ana Duarte"
        " of Portugal paid an official visit to Amman.\n" + second,
        "en",
    )
    assert met(ex) == {frozenset({"Omar Haddad", "Ana Duarte"})}


@pytest.mark.parametrize(
    "second",
    [
        "The two ministers held talks by phone on regional issues.",
        "The two ministers will hold talks in Lisbon next week.",
    ],
)
def test_en_the_two_ministers_by_phone_or_later_did_not_meet(second):
    ex = run(
        "Foreign Minister Omar Haddad received a phone call from Foreign Minister Ana Duarte.\n"
        + second,
        "en",
    )
    assert not met(ex)


# ---- a word of the stop list opens no name: "… for Syrian Affairs Ambassador X" ------------------
@pytest.mark.parametrize(
    "text",
    [
        "The envoy held talks with Egypt's Assistant Foreign Minister for Sudanese Affairs"
        " Ambassador Nadia Fathi Hamdi.",
    ],
)
def test_en_portfolio_word_before_a_rank_is_no_name(text):
    ex = run(text, "en")
    assert names(ex, "Official") == {"Nadia Fathi Hamdi"}
    assert any(src == "Nadia Fathi Hamdi" for src, _ in rels(ex, "MEMBER_OF"))


# ---- "Cabinet Secretary for X", and a name set off by commas after a field --------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Grace Achieng Mutua, sent"
            " a message.",
            "Grace Achieng Mutua",
        ),
        ("The Minister for Foreign Affairs, Grace Mutua, sent a message.", "Grace Mutua"),
        # set off by commas after the field, a name that is also a word is still the holder's
        ("Minister of State for Trade, Mark Hallam, said the deal was close.", "Mark Hallam"),
        ("Cabinet Secretary for Health Faith Njeri opened the clinic.", "Faith Njeri"),
    ],
)
def test_en_minister_for_a_field_then_the_name_after_a_comma(text, name):
    ex = run(text, "en")
    assert names(ex, "Official") == {name}
    assert any(src == name for src, _ in rels(ex, "MEMBER_OF"))


def test_en_list_of_fields_closed_by_and_is_still_one_title():
    ex = run(
        "Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates Hisham Ghandour"
        " met Foreign Minister Omar Haddad.",
        "en",
    )
    assert "Expatriates" in ent(ex, "Hisham Ghandour").title


# ---- "X reaffirmed A, and she welcomed B": two statements ---------------------------------------
@pytest.mark.parametrize("pronoun", ["he", "she"])
def test_en_and_pronoun_say_verb_closes_the_statement_before(pronoun):
    ex = run(
        "Foreign Minister Omar Haddad met Foreign Minister Ana Duarte. Haddad reaffirmed Jordan's"
        f" support for the plan, and {pronoun} welcomed the new trade agreement.",
        "en",
    )
    quotes = sorted(q for s, q in said(ex) if s == "Omar Haddad")
    assert quotes == ["Jordan's support for the plan", "the new trade agreement"]


# ---- welcoming a person named by a person word or a role is no statement -----------------------
@pytest.mark.parametrize("obj", ["the Greek official", "the Spanish minister", "the official"])
def test_en_welcoming_a_person_word_is_no_statement(obj):
    ex = run(
        "Foreign Minister Yusuf Haddad received Deputy Foreign Minister Nikos Andreou of Greece."
        f" The Minister welcomed {obj}, affirming the deep ties between the two countries.",
        "en",
    )
    assert [q for _, q in said(ex)] == ["the deep ties between the two countries"]


def test_en_welcoming_a_persons_proposal_is_a_statement():
    ex = run("Foreign Minister Yusuf Haddad welcomed the Greek minister's proposal.", "en")
    assert [q for _, q in said(ex)] == ["the Greek minister's proposal"]


# ---- "X took part in a virtual meeting, during which he called for …": X speaks -----------------
def test_en_subject_of_took_part_in_a_virtual_meeting_is_he():
    ex = run(
        "Foreign Minister Salem Al-Rawahi received Ambassador Lee Jun-ho. The ambassador said"
        " his country looked forward to the talks.\nLater, Al-Rawahi took part in a virtual"
        " meeting, during which he called for greater cooperation in maritime safety.",
        "en",
    )
    assert ("Salem Al-Rawahi", "greater cooperation in maritime safety") in said(ex)
    assert met(ex) == {frozenset({"Salem Al-Rawahi", "Lee Jun-ho"})}
