"""Forms of English news-agency copy met in the seventh round of eval/written articles: Gulf, Arab,
Asian and wire dispatches (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run, said


# ---- bodies of business and finance are agencies; a region or a compound name is not split ----
def test_en_chambers_boards_corporations_and_programmes_are_agencies():
    ex = run(
        "The minister met Sara Lund, Chair of the Danish Chamber of Commerce, and officials of"
        " the Qatar Development Board, the Korea Electric Power Corporation and the Wheat"
        " Programme.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Danish Chamber of Commerce" in agencies
    assert "Qatar Development Board" in agencies
    assert "Korea Electric Power Corporation" in agencies
    assert ("Sara Lund", "Danish Chamber of Commerce") in rels(ex, "MEMBER_OF")
    ex = run("The Federation Council condemned the raids in the West Bank.", "en")
    assert names(ex, "Agency") == {"Federation Council"}


# ---- "Federation of Saudi Chambers": a demonym inside a body's name is not its end ------------
def test_en_demonym_inside_an_of_phrase_keeps_its_noun():
    ex = run(
        "The envoy met President of the Council of Jordanian Exporters Nabil Haddadin today.",
        "en",
    )
    assert "Council of Jordanian Exporters" in names(ex, "Agency")
    assert "Nabil Haddadin" in names(ex, "Official")
    assert ("Council of Jordanian Exporters", "Jordan") in rels(ex, "MEMBER_OF")
    ex = run("Minister of Energy of Jordan Samir Haddadin met the envoy.", "en")
    assert "Samir Haddadin" in names(ex, "Official")


# ---- a body's name in a title ends before the holder's listed personal name ---------------------
def test_en_body_in_a_title_ends_before_the_holders_name():
    ex = run(
        "The delegation met Chairman of the Abu Dhabi Fund for Arab Economic Development Khalid"
        " Saeed Al-Hameli in the capital.",
        "en",
    )
    assert "Khalid Saeed Al-Hameli" in names(ex, "Official")
    fund = next(a for a in names(ex, "Agency") if "Fund" in a)
    assert not fund.endswith("Al-Hameli")
    assert ("Khalid Saeed Al-Hameli", fund) in rels(ex, "MEMBER_OF")


def test_en_body_named_alone_keeps_its_last_words():
    ex = run("The Abu Dhabi Fund for Arab Economic Development said it would help.", "en")
    assert any(a.endswith("Arab Economic Development") for a in names(ex, "Agency"))


# ---- "Minister of State at the Ministry of X": a body of its own holder, not another country's --
def test_en_ministry_after_at_in_a_title_is_not_the_other_countrys():
    ex = run(
        "Minister of State at the Ministry of Foreign Affairs Dr. Salem Al-Nuaimi received Greek"
        " Minister of Foreign Affairs Nikos Pappas.",
        "en",
    )
    by_id = {e.id: e for e in ex.entities}
    held = {
        by_id[r.source].name: by_id[r.target]
        for r in ex.relations
        if r.type == "MEMBER_OF" and r.target in by_id and by_id[r.target].type == "Agency"
    }
    assert held["Nikos Pappas"].country == "GRC"
    assert held["Salem Al-Nuaimi"].id != held["Nikos Pappas"].id
    assert held["Salem Al-Nuaimi"].country != "GRC"
    assert frozenset({"Salem Al-Nuaimi", "Nikos Pappas"}) in met(ex)


# ---- posts of envoys and executives ----------------------------------------------------------
def test_en_presidential_envoy_and_executives_are_titles():
    ex = run(
        "President Omar Haddad met Italian presidential envoy Lucia Ferri. He was later received"
        " by CEO of the Jordan Investment Fund (JIF) Samer Khalil Qudah.",
        "en",
    )
    assert {"Lucia Ferri", "Samer Khalil Qudah"} <= names(ex, "Official")
    assert frozenset({"Omar Haddad", "Lucia Ferri"}) in met(ex)


def test_en_un_programme_named_with_the_organisation_is_that_body():
    ex = run(
        "The minister received Administrator of the United Nations Development Programme (UNDP)"
        " Karin Sjoberg in Amman.",
        "en",
    )
    assert "Karin Sjoberg" in names(ex, "Official")
    assert ("Karin Sjoberg", "United Nations Development Programme") in rels(ex, "MEMBER_OF")
    assert "United Nations" not in names(ex, "Agency")


# ---- a guest named again holds the meeting of its own sentence -------------------------------
def test_en_guest_named_again_holds_a_later_meeting():
    ex = run(
        "Foreign Minister Salma Idris received Dutch Foreign Minister Pieter de Wit on Sunday."
        " De Wit also held a meeting with Speaker of Parliament Hamza Yasin.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Pieter de Wit", "Hamza Yasin"}) in pairs
    assert frozenset({"Salma Idris", "Hamza Yasin"}) not in pairs


def test_en_meeting_after_the_guest_in_one_sentence_is_the_hosts():
    ex = run(
        "Foreign Minister Salma Idris received Dutch Foreign Minister Pieter de Wit in Khartoum,"
        " followed by a meeting with Interior Minister Hamza Yasin.",
        "en",
    )
    assert frozenset({"Salma Idris", "Hamza Yasin"}) in met(ex)


# ---- "the two envoys": the officials of an earlier sentence whose title holds the noun -----------
def test_en_plural_anaphor_with_a_noun_names_those_officials():
    ex = run(
        "Prime Minister Karim Aoun met on Monday with British envoy Tom Hale and German envoy Eva"
        " Roth. The cabinet said the talks were positive. The two envoys later held a meeting with"
        " Defence Minister Sami Rizk.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Tom Hale", "Sami Rizk"}) in pairs
    assert frozenset({"Eva Roth", "Sami Rizk"}) in pairs
    assert frozenset({"Karim Aoun", "Sami Rizk"}) not in pairs


# ---- "X and his counterpart Y agreed … during talks": the subjects' own talks -------------------
def test_en_coordinated_subject_meets_during_talks_far_after():
    ex = run(
        "Indian Foreign Minister Arjun Rao and his Kenyan counterpart Wanjiku Njoroge agreed on"
        " Friday to double bilateral trade by 2030 during talks in Nairobi.",
        "en",
    )
    assert frozenset({"Arjun Rao", "Wanjiku Njoroge"}) in met(ex)
    ex = run(
        "Indian Foreign Minister Arjun Rao and his Kenyan counterpart Wanjiku Njoroge agreed on"
        " Friday to hold talks in Nairobi next year.",
        "en",
    )
    assert not met(ex)


# ---- a capital after two listed given names is the family name ----------------------------------
def test_en_capital_after_two_given_names_is_a_surname():
    ex = run("Chilean Foreign Minister Ana Maria Santiago met the envoy.", "en")
    assert "Ana Maria Santiago" in names(ex, "Official")
    assert "Chile" in names(ex, "Country")
    ex = run("Maria said that Santiago and Lima had resumed their talks.", "en")
    assert {"Chile", "Peru"} <= names(ex, "Country")


# ---- "the Board of Governors of the X Bank": a sub-body named before its parent body ------------
def test_en_sub_body_of_a_named_body_is_its_member():
    ex = run("The Board of Directors of the Asian Development Bank met in Manila.", "en")
    assert {"Board of Directors", "Asian Development Bank"} <= names(ex, "Agency")
    assert ("Board of Directors", "Asian Development Bank") in rels(ex, "MEMBER_OF")


def test_en_committee_of_a_parliament_in_a_title_is_its_member():
    ex = run(
        "Lina Haddad, Chair of the Finance Committee of the House of Representatives, met the"
        " delegation.",
        "en",
    )
    assert ("Lina Haddad", "Finance Committee") in rels(ex, "MEMBER_OF")
    assert ("Finance Committee", "House of Representatives") in rels(ex, "MEMBER_OF")


# ---- parliaments called by their own names -----------------------------------------------------
def test_en_parliament_names_are_agencies():
    ex = run("The German Bundestag and the Knesset approved the accord.", "en")
    assert {"German Bundestag", "Knesset"} <= names(ex, "Agency")
    assert ("German Bundestag", "Germany") in rels(ex, "MEMBER_OF")


# ---- "Foreign Trade" is a trade portfolio ------------------------------------------------------
def test_en_foreign_trade_is_no_foreign_ministry():
    ex = run("Minister of Industry and Foreign Trade Hala Mourad met the delegation.", "en")
    ministry = next(a for s, a in rels(ex, "MEMBER_OF") if s == "Hala Mourad")
    agency = next(e for e in ex.entities if e.name == ministry)
    assert "Foreign Ministry" not in {agency.name, *agency.aliases}


# ---- "Lebanon's foreign and defence ministries": two bodies of that country ----------------------
def test_en_lower_case_fields_before_plural_ministries_after_a_possessive():
    ex = run(
        "Jordan's interior and health ministries said in a joint statement that the crossing"
        " would reopen.",
        "en",
    )
    agencies = [e for e in ex.entities if e.type == "Agency"]
    assert len(agencies) == 2 and all(a.country == "JOR" for a in agencies)
    speakers = {s for s, q in said(ex) if q.startswith("the crossing")}
    assert len(speakers) == 2


# ---- "expressed his appreciation of X's role" is a stance stated; "expressed his thanks" is not --
def test_en_expressed_appreciation_is_a_statement_thanks_is_not():
    ex = run(
        "Swedish Foreign Minister Lars Ek met the envoy. Ek expressed his appreciation of Oman's"
        " role in the release of the hostages.",
        "en",
    )
    assert any(s == "Lars Ek" and q.startswith("his appreciation") for s, q in said(ex))
    ex = run(
        "Swedish Foreign Minister Lars Ek met the envoy. Ek expressed his thanks to Oman for its"
        " role in the release of the hostages.",
        "en",
    )
    assert not said(ex)
