"""English agency phrases: head nouns of the genre, hyphens and coordination inside a name,
one node per body.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import ent, names, rels, run


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The Oman News Agency reported the visit.", "Oman News Agency"),
        ("The Abu Dhabi Fund for Development signed the loan.", "Abu Dhabi Fund for Development"),
        ("The Kuwaiti National Assembly approved the budget.", "Kuwaiti National Assembly"),
        ("The Central Bank of Jordan raised its rate.", "Central Bank of Jordan"),
        ("Officers of the National Guard attended.", "National Guard"),
    ],
)
def test_head_nouns_of_the_genre(text, agency):
    assert agency in names(run(text, "en"), "Agency")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The Anti-Smuggling Directorate seized the shipment.", "Anti-Smuggling Directorate"),
        (
            "The General Directorate of Anti-Corruption and Economic Security said so.",
            "General Directorate of Anti-Corruption and Economic Security",
        ),
    ],
)
def test_hyphens_and_coordination_inside_a_name(text, agency):
    assert agency in names(run(text, "en"), "Agency")


def test_variants_of_one_body_are_one_node_without_country():
    ex = run("The UN welcomed the deal. A United Nations spokesman said the U.N. would help.", "en")
    ags = [e for e in ex.entities if e.type == "Agency"]
    assert len(ags) == 1 and ags[0].name == "United Nations" and ags[0].country is None
    assert {"UN", "U.N.", "الأمم المتحدة"} <= set(ags[0].aliases)


def test_a_league_by_two_names_is_one_node():
    ex = run("The Arab League met in Cairo. The League of Arab States issued a statement.", "en")
    assert len([e for e in ex.entities if e.type == "Agency"]) == 1


def test_a_ministry_with_a_country_is_also_named_with_its_demonym():
    ex = run("Egyptian Foreign Minister Karim Salem arrived in Rome.", "en")
    m = ent(ex, "Egyptian Foreign Ministry")
    assert m.country == "EGY"
    assert ("Karim Salem", m.name) in rels(ex, "MEMBER_OF")


def test_a_delegation_from_a_body():
    ex = run("The Speaker received a delegation from the Egyptian Senate on Monday.", "en")
    dele = ent(ex, "delegation from the Egyptian Senate")
    assert dele.country == "EGY"
    assert (dele.name, ent(ex, "Egyptian Senate").name) in rels(ex, "MEMBER_OF")
    assert (dele.name, ent(ex, "Egypt").name) not in rels(ex, "MEMBER_OF")


def test_a_department_owned_by_a_body():
    ex = run("The talks went well, the National Assembly's public relations department said.", "en")
    assert (
        ent(ex, "National Assembly's public relations department").name,
        ent(ex, "National Assembly").name,
    ) in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "The ministries of defence and interior issued a joint statement.",
        "The Defence and Interior Ministries issued a joint statement.",
    ],
)
def test_coordinated_ministries_are_split(text):
    assert {"Defence Ministry", "Interior Ministry"} <= names(run(text, "en"), "Agency")


def test_a_place_that_speaks_is_an_agency_a_venue_is_not():
    assert "Downing Street" in names(
        run("Downing Street said the talks were useful.", "en"), "Agency"
    )
    assert not names(run("The Prime Minister met him at 10 Downing Street.", "en"), "Agency")
    assert not names(run("He was received at the White House on Monday.", "en"), "Agency")


def test_the_pentagon_is_the_defence_ministry():
    ex = run(
        "Secretary of Defense Lloyd Hart met the Qatari delegation. "
        "The Pentagon said the talks went well.",
        "en",
    )
    m = ent(ex, "Pentagon")
    assert m.kind == "ministry"


def test_the_ministry_of_a_dispatch_is_its_datelines_countrys():
    ex = run(
        "KUWAIT, Nov 12 (KUNA) -- Kuwaiti Foreign Minister Salem Al-Sabah received Iraqi Foreign "
        "Minister Fuad Hassan. The Ministry of Foreign Affairs said the talks were fruitful.",
        "en",
    )
    m = ent(ex, "Kuwaiti Foreign Ministry")
    assert "Ministry of Foreign Affairs" in m.aliases or m.name == "Ministry of Foreign Affairs"


def test_a_deputy_foreign_minister_for_affairs_is_of_the_foreign_ministry():
    ex = run("Iranian Deputy Foreign Minister for Political Affairs Ali Bagheri arrived.", "en")
    assert ("Ali Bagheri", ent(ex, "Iranian Foreign Ministry").name) in rels(ex, "MEMBER_OF")


def test_the_palestinian_authority_is_an_agency_of_palestine():
    pa = ent(run("The Palestinian Authority welcomed the decision.", "en"), "Palestinian Authority")
    assert pa.type == "Agency" and pa.country == "PSE"


def test_a_serial_list_of_modifiers_before_the_head_is_one_name():
    # (the FCDO's full name is now a lexicon form of the foreign ministry: another list here)
    ex = run("The Trade, Investment and Export Office said the talks went well.", "en")
    assert "Trade, Investment and Export Office" in names(ex, "Agency")


def test_a_serial_list_stops_at_a_country():
    ex = run("Ministers from Egypt, Trade and Industry Council members met on Monday.", "en")
    assert not any(n.startswith("Egypt") for n in names(ex, "Agency"))


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Talks\nKUWAIT, May 3 (KUNA) -- Foreign Minister Salem Al-Sabah met the envoy.", "KUNA"),
        ("Talks\nManama, May 3 (BNA): Interior Minister Khalid Al-Said met the envoy.", "BNA"),
        ("Talks\nDOHA, May 3 (QNA) -- Foreign Minister Ali Al-Thani met the envoy.", "QNA"),
    ],
)
def test_a_national_news_agency_in_the_dateline(text, agency):
    assert agency in names(run(text, "en"), "Agency")


def test_abroad_in_a_capitalised_ministry_name():
    ex = run(
        "The Ministry of Foreign Affairs and Nationals Abroad said the talks were useful.", "en"
    )
    assert "Ministry of Foreign Affairs and Nationals Abroad" in names(ex, "Agency")


def test_en_hyphenated_spelling_of_a_known_body_is_that_body():
    ex = run("The minister met the Secretary General of the Gulf Co-operation Council.", "en")
    gcc = [
        e
        for e in ex.entities
        if e.type == "Agency" and "Gulf Cooperation Council" in (e.name, *e.aliases)
    ]
    assert len(gcc) == 1 and gcc[0].country is None
