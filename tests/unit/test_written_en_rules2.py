"""Forms of English government and news copy met in the second round of eval/written articles
(wr-en17 on): ministers' titles with a list of portfolios and the country before the name,
Commonwealth and Japanese styles, international news agencies, datelines with a date
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run, said


# ---- a list of portfolios, then the country, then honorifics, then the name -----------------
@pytest.mark.parametrize(
    "title",
    [
        "the Minister of Foreign Affairs, Trade and Regional Integration of the Republic of Ghana,"
        " H.E. Mr.",
        "the Minister of Foreign Affairs, Emigration and Tunisian Expatriates of Tunisia,",
        "the Minister of Foreign Affairs, Emigration and Tunisian Expatriates,",
    ],
)
def test_en_portfolio_list_title_before_the_name(title):
    ex = run(f"Foreign Minister Sami Haddad held talks with {title} Karim Mensah in Amman.", "en")
    assert "Karim Mensah" in names(ex, "Official")
    assert not {"Trade", "Emigration"} & names(ex, "Official")
    assert frozenset({"Sami Haddad", "Karim Mensah"}) in met(ex)


def test_en_portfolio_list_title_country_is_the_ministrys():
    ex = run(
        "The envoy met the Minister of Foreign Affairs, Emigration and Tunisian Expatriates of"
        " Tunisia, Karim Mensah, in Rome.",
        "en",
    )
    ministry = next(a for a in ex.entities if ("Karim Mensah", a.name) in rels(ex, "MEMBER_OF"))
    assert ministry.country == "TUN"


# ---- Commonwealth and Japanese styles ------------------------------------------------------
def test_en_the_hon_is_an_honorific():
    ex = run("The Hon Jane Tulloch MP, Minister for Trade, met the Ambassador of Chile.", "en")
    assert "Jane Tulloch" in names(ex, "Official")
    assert not any(n.startswith("Hon") for n in names(ex, "Official"))


def test_en_parliamentary_vice_minister_implies_the_ministry():
    ex = run(
        "The memorandum was signed in the presence of Mr. Kenta Ono, Parliamentary Vice-Minister"
        " for Foreign Affairs.",
        "en",
    )
    assert "Kenta Ono" in names(ex, "Official")
    assert any(src == "Kenta Ono" for src, _ in rels(ex, "MEMBER_OF"))


def test_en_chairperson_is_a_title():
    ex = run(
        "The envoy Tom Hale met with the Chairperson of the African Union Commission, Amadou"
        " Keita.",
        "en",
    )
    assert ent(ex, "Amadou Keita").type == "Official"
    assert frozenset({"Tom Hale", "Amadou Keita"}) in met(ex)


# ---- international news agencies of the dateline --------------------------------------------
@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("LONDON, May 2 (Reuters) - The two ministers met in London.", "Reuters"),
        ("DAKAR (AFP) - The minister resigned on Monday.", "AFP"),
        ("MANILA, Philippines (AP) — The senator resigned on Monday.", "AP"),
    ],
)
def test_en_international_news_agency_is_an_agency(text, agency):
    assert agency in names(run(text, "en"), "Agency")


# ---- a dateline with a date names no country ------------------------------------------------
@pytest.mark.parametrize(
    "dateline",
    ["Brussels, 9 April 2026", "VIENNA, March 3 (Reuters) -", "Brussels, 14 November"],
)
def test_en_dateline_with_a_date_creates_no_country(dateline):
    ex = run(f"{dateline}\n\nThe envoy met the minister of the Union.", "en")
    assert not names(ex, "Country")


def test_en_capital_at_line_start_without_a_date_still_names_its_country():
    ex = run("Brussels, the host of the talks, welcomed the agreement.", "en")
    assert "Belgium" in names(ex, "Country")


# ---- a list of fields with a serial comma ---------------------------------------------------
def test_en_field_list_with_serial_comma_before_the_name():
    ex = run(
        "The Minister met with Under Secretary for Arms Control, Security, and the Environment"
        " Marcus Bell in Washington.",
        "en",
    )
    assert "Marcus Bell" in names(ex, "Official")
    assert not {"Security", "Environment"} & names(ex, "Official")


# ---- a plural title over three countries and three names ------------------------------------
def test_en_plural_title_three_countries_three_names():
    ex = run(
        "After their talks in Riga, the Foreign Ministers of Sweden, Latvia and Poland, Anders"
        " Lund, Juris Ozols and Tomasz Nowak, issued a statement.",
        "en",
    )
    assert {"Anders Lund", "Juris Ozols", "Tomasz Nowak"} <= names(ex, "Official")
    by_id = {e.id: e for e in ex.entities}
    countries = {
        by_id[r.source].name: by_id[r.target].country
        for r in ex.relations
        if r.type == "MEMBER_OF" and by_id[r.source].type == "Official"
    }
    assert countries == {"Anders Lund": "SWE", "Juris Ozols": "LVA", "Tomasz Nowak": "POL"}


# ---- a title in the possessive names the office a post belongs to ---------------------------
def test_en_possessive_title_before_a_post_is_no_official():
    ex = run(
        "Qatar's Minister of State Ali Nasser met on Sunday with the UN Secretary-General's"
        " Special Envoy for Syria Pieter Jansen, who is visiting the country.",
        "en",
    )
    assert "Secretary-General" not in names(ex, "Official")
    assert met(ex) == {frozenset({"Ali Nasser", "Pieter Jansen"})}


def test_en_possessive_title_still_names_its_holder_when_it_acts():
    ex = run("The President's envoy arrived. The President said the talks were useful.", "en")
    assert "President" in names(ex, "Official")


# ---- after a transcript, the official who acts next is the one "he" carries ------------------
TRANSCRIPT = (
    "Remarks by Deputy Secretary of State Jane Holt and Tunisian Foreign Minister Karim Mansour\n\n"
    "DEPUTY SECRETARY HOLT: Good morning, and welcome to the Department.\n\n"
    "FOREIGN MINISTER MANSOUR: Thank you for your hospitality.\n\n"
    "DEPUTY SECRETARY HOLT: Thank you. Let's begin.\n\n"
    "Following the meeting, the Foreign Minister met with Under Secretary of State for Political"
    " Affairs Marcus Bell. He later told reporters that Tunisia expected new investment in its"
    " energy sector."
)


def test_en_pronoun_after_transcript_is_the_later_subject():
    quotes = [q for sp, q in said(run(TRANSCRIPT, "en")) if "investment" in q]
    speakers = [sp for sp, q in said(run(TRANSCRIPT, "en")) if "investment" in q]
    assert quotes and speakers == ["Karim Mansour"]


def test_en_he_added_still_follows_the_speaker():
    ex = run(
        "Foreign Minister Karim Mansour said the talks were useful. He added that trade would"
        " grow.",
        "en",
    )
    assert ("Karim Mansour", "trade would grow") in [(sp, q.rstrip(".")) for sp, q in said(ex)]


# ---- a bare title before another holder's full title stays its own official ----------------
def test_en_bare_title_again_is_the_unnamed_official_not_the_named_one():
    ex = run(
        "The Prime Minister welcomed the Prime Minister of Canada, Mark Dubois, to London. The"
        " Prime Minister thanked Prime Minister Dubois for his support. The Prime Minister said"
        " he looked forward to visiting Ottawa.",
        "en",
    )
    assert "the Prime Minister" not in ent(ex, "Mark Dubois").aliases
    assert ("Prime Minister", "he looked forward to visiting Ottawa") in [
        (sp, q.rstrip(".")) for sp, q in said(ex)
    ]


def test_en_international_relations_and_cooperation_is_the_foreign_ministry():
    ex = run(
        "Later, the Secretary met with South African Minister of International Relations and"
        " Cooperation Thabo Mokoena.",
        "en",
    )
    ministry = ent(ex, "South African Ministry of International Relations and Cooperation")
    assert ministry.type == "Agency" and ministry.country == "ZAF"
    assert ("Thabo Mokoena", ministry.name) in rels(ex, "MEMBER_OF")


# ---- one person's two posts joined by a slash ------------------------------------------------
def test_en_slash_joins_two_posts_of_one_person():
    ex = run(
        "High Representative for Foreign Affairs and Security Policy/Vice-President of the European"
        " Commission Tomas Berg met today with Levan Kapanadze. The High Representative reiterated"
        " the European Union's full support for Georgia.",
        "en",
    )
    berg = ent(ex, "Tomas Berg")
    assert any("High Representative" in t for t in [berg.title or "", *berg.aliases])
    assert ("Tomas Berg", "European Commission") in rels(ex, "MEMBER_OF")
    assert any(sp == "Tomas Berg" and "full support" in q for sp, q in said(ex))


# ---- "met with X and with the <title>, Y" ----------------------------------------------------
def test_en_and_with_the_title_is_one_more_party():
    ex = run(
        "In Nairobi, Special Envoy Tom Hale met with Kenyan Prime Minister Dawit Otieno and with"
        " the Chairperson of the African Union Commission, Amadou Keita.",
        "en",
    )
    assert met(ex) == {
        frozenset({"Tom Hale", "Dawit Otieno"}),
        frozenset({"Tom Hale", "Amadou Keita"}),
    }


# ---- a sentence that opens with its subjects' own meeting -----------------------------------
def test_en_fronted_their_meeting_links_the_subjects_after_it():
    ex = run(
        "Following their meeting in Riga on 22 May, the Foreign Ministers of Sweden, Latvia and"
        " Poland, Anders Lund, Juris Ozols and Tomasz Nowak, issued the following statement.",
        "en",
    )
    assert met(ex) == {
        frozenset({"Anders Lund", "Juris Ozols"}),
        frozenset({"Anders Lund", "Tomasz Nowak"}),
        frozenset({"Juris Ozols", "Tomasz Nowak"}),
    }


def test_en_fronted_their_meeting_needs_a_coordinated_subject():
    ex = run("After their meeting, the minister received President Tran Quoc Vinh.", "en")
    assert not met(ex)


# ---- "… of the Republic of X" after a field gives the title its country --------------------
def test_en_field_then_the_republic_of_gives_the_country():
    ex = run(
        "Minister of Economy Omar Saeed received Joseph Kiprono, Cabinet Secretary for Trade and"
        " Industry of the Republic of Kenya. The meeting was attended by Kenya's Ambassador to the"
        " UAE, Halima Warsame.",
        "en",
    )
    assert ent(ex, "Joseph Kiprono").country == "KEN"
    assert frozenset({"Omar Saeed", "Halima Warsame"}) in met(ex)
    assert frozenset({"Joseph Kiprono", "Halima Warsame"}) not in met(ex)
