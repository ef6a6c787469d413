"""English meeting and statement rules of the twenty-fifth round (issue #10: relations on unseen
text): a gendered pronoun carries the official the text marks of its gender (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, run, said


# ---- "She also held talks with Z" after a man spoke: the woman the text marks "Ms." ----
VISIT = (
    "UNICEF chief visits Zambia\n"
    "LUSAKA - The Executive Director of UNICEF, Ms. Brigitte Oyelaran Moss, met with Vice "
    "President Chanda Mwale Banda at State House on Monday.\n"
    "The Vice President assured her that the government would double its spending on "
    "nutrition.\n"
    "She also held talks with the Minister of Health, Dr. Kalaba Mweemba Zulu.\n"
)


def test_en_she_carries_the_woman_not_the_man_who_spoke_since():
    m = met(run(VISIT, "en"))
    assert frozenset({"Brigitte Oyelaran Moss", "Kalaba Mweemba Zulu"}) in m
    assert frozenset({"Chanda Mwale Banda", "Kalaba Mweemba Zulu"}) not in m


def test_en_he_keeps_the_man_carried():
    text = VISIT.replace("She also held", "He also held")
    m = met(run(text, "en"))
    # "he" after the Vice President spoke: the Vice President (not marked a woman)
    assert frozenset({"Chanda Mwale Banda", "Kalaba Mweemba Zulu"}) in m
    assert frozenset({"Brigitte Oyelaran Moss", "Kalaba Mweemba Zulu"}) not in m


def test_en_he_skips_a_woman_for_the_man_marked_mr():
    text = (
        "Trade talks in Accra\n"
        "ACCRA - The Minister of Trade, Mr. Kwesi Amankwah Boadu, received the Chief Executive "
        "of the Export Council, Mrs. Abena Serwaa Osei, on Tuesday.\n"
        "Mrs. Osei said exports of processed cocoa had risen by a fifth.\n"
        "He later met the Governor of the Bank of Ghana, Ernest Kofi Addo.\n"
    )
    m = met(run(text, "en"))
    assert frozenset({"Kwesi Amankwah Boadu", "Ernest Kofi Addo"}) in m
    assert frozenset({"Abena Serwaa Osei", "Ernest Kofi Addo"}) not in m


def test_en_she_stressed_after_a_man_spoke_is_the_woman():
    text = (
        "Talks in Nairobi\n"
        "NAIROBI - Ms. Ingrid Halvard Berg, the Norwegian Minister of International Development, "
        "met President Samuel Otieno Kariuki on Monday.\n"
        "The President said Kenya would expand its school feeding programme.\n"
        "She stressed that Norway would keep its support for climate adaptation.\n"
    )
    got = said(run(text, "en"))
    speakers = {s for s, q in got if "Norway would keep" in q}
    assert speakers == {"Ingrid Halvard Berg"}


# ---- '"…," the spokesperson quoted the Minister as saying': the Minister speaks ----
def test_en_quoted_as_saying_makes_the_one_quoted_the_speaker():
    text = (
        "Minister receives UN envoy\n"
        "KAMPALA - The Minister of Foreign Affairs, Hon. Jeje Odongo Abola, on Monday received the "
        "UN Special Envoy for the Great Lakes, Ms. Ingrid Solberg Haug.\n"
        '"Uganda will not close its door to refugees from its neighbours," the Ministry\'s '
        "spokesperson, Mr. Vincent Kato Bagiire, quoted the Minister as saying.\n"
    )
    got = said(run(text, "en"))
    speakers = {s for s, q in got if q.startswith("Uganda will not close")}
    assert speakers == {"Jeje Odongo Abola"}


# ---- "The two Prime Ministers held talks" (a plural title naming nobody opens the sentence) ----
def test_en_plural_title_opening_the_sentence_names_both_holders():
    text = (
        "Joint Statement on the visit of the Prime Minister of Portugal to Greece\n"
        "1. At the invitation of the Prime Minister of the Hellenic Republic, Nikos Andreadis, the "
        "Prime Minister of the Portuguese Republic, Joao Manuel Figueira, paid an official visit "
        "to Greece on 4 and 5 March 2026.\n"
        "2. The two Prime Ministers held talks in Athens on 4 March, followed by a working "
        "dinner hosted by Prime Minister Andreadis.\n"
    )
    m = met(run(text, "en"))
    assert frozenset({"Nikos Andreadis", "Joao Manuel Figueira"}) in m


# ---- "he called on Emperor X at the Palace" (a person the text does not name as an official) ----
CALLED_ON = (
    "Prime Minister visits Tokyo\n"
    "TOKYO - Malaysian Prime Minister Anwar Hakim Yusof held talks with Japanese Prime Minister "
    "Hiroshi Tanabe on Tuesday.\n"
    "On Wednesday, he called on Emperor Naruhito at the Imperial Palace.\n"
    "Anwar Hakim Yusof called on Japanese companies to invest in Malaysia's chip sector.\n"
)


def test_en_called_on_with_no_one_urged_is_no_statement():
    got = said(run(CALLED_ON, "en"))
    assert not any("Imperial Palace" in q for _s, q in got)
    # urging to act stays a statement
    assert any(s == "Anwar Hakim Yusof" and "invest in Malaysia" in q for s, q in got)


# ---- a transcript turn opening "He assured me that …": the one asked about speaks ----
def test_en_turn_opening_with_he_reports_the_official_asked_about():
    text = (
        "Joint Press Availability with Kenyan Foreign Minister Wanjiru\n"
        "SECRETARY HALLORAN: Good afternoon. It is a pleasure to welcome Foreign Minister Grace "
        "Wanjiru to the State Department.\n"
        "QUESTION: Madam Minister, what did the Secretary say about Somalia?\n"
        "FOREIGN MINISTER WANJIRU: He assured me that the United States will continue to support "
        "the African Union mission.\n"
    )
    got = said(run(text, "en"))
    assert any(s == "HALLORAN" and q.startswith("the United States will") for s, q in got)
    # the turn itself stays the minister's
    assert any(s == "Grace Wanjiru" and q.startswith("He assured me") for s, q in got)
