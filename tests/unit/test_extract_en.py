"""English relation rules, on sentences written for these tests (not from the dev set)."""

import pytest

from .helpers import ent, met, names, rels, run, said


def test_title_name_and_implied_ministry():
    ex = run("Jordanian Foreign Minister Karim Haddad arrived in Tunis on Monday.", "en")
    o = ent(ex, "Karim Haddad")
    assert o.type == "Official" and o.country == "JOR"
    ministry = ent(ex, "Foreign Ministry")
    assert ministry.country == "JOR"
    assert ("Karim Haddad", "Foreign Ministry") in rels(ex, "MEMBER_OF")


def test_met_with():
    ex = run(
        "Jordanian Foreign Minister Karim Haddad met with Tunisian Defence Minister Leila Ben "
        "Salah in Amman.",
        "en",
    )
    assert frozenset({"Karim Haddad", "Leila Ben Salah"}) in met(ex)


def test_received():
    ex = run("President Anna Berg received Ambassador Tom Reyes at the palace.", "en")
    assert frozenset({"Anna Berg", "Tom Reyes"}) in met(ex)


def test_coordinated_subjects_discussed():
    ex = run(
        "Prime Minister Anna Berg and Jordanian Foreign Minister Karim Haddad discussed regional "
        "trade.",
        "en",
    )
    assert frozenset({"Anna Berg", "Karim Haddad"}) in met(ex)


def test_said_and_he_added_carry_over():
    ex = run(
        "Foreign Minister Karim Haddad said the talks were productive and frank. He added that a "
        "new agreement would follow soon.",
        "en",
    )
    s = said(ex)
    assert any(sp == "Karim Haddad" and "talks were productive" in q for sp, q in s)
    assert any(sp == "Karim Haddad" and "new agreement would follow" in q for sp, q in s)


def test_two_statements_in_one_sentence():
    ex = run(
        "Foreign Minister Karim Haddad reiterated the importance of open borders and stressed "
        "that smuggling must end.",
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Karim Haddad"]
    assert len(quotes) == 2


def test_colon_then_quoted_paragraph():
    ex = run(
        'Speaking afterwards, Defence Secretary Paul Grant said:\n\n"We will keep supporting our '
        'partners in the region."',
        "en",
    )
    assert any(sp == "Paul Grant" and "keep supporting our partners" in q for sp, q in said(ex))


def test_bare_title_refers_back():
    ex = run(
        "Secretary of State Mary Cole met with Egyptian Foreign Minister Omar Nabil. The "
        "Secretary stressed the need for a ceasefire in the region.",
        "en",
    )
    assert any(sp == "Mary Cole" and "ceasefire" in q for sp, q in said(ex))
    assert ("Mary Cole", "State Department") in rels(ex, "MEMBER_OF")


def test_surname_resolves():
    ex = run(
        "Foreign Minister Karim Haddad arrived on Monday. Haddad said the visit would strengthen "
        "ties.",
        "en",
    )
    assert names(ex, "Official") == {"Karim Haddad"}
    assert any(sp == "Karim Haddad" for sp, _ in said(ex))


def test_agency_with_country_and_international_body():
    ex = run("The Libyan Government of National Unity welcomed the UN proposal.", "en")
    gov = ent(ex, "Libyan Government of National Unity")
    assert gov.country == "LBY"
    assert (gov.name, ent(ex, "Libya").name) in rels(ex, "MEMBER_OF")
    assert "UN" in names(ex, "Agency")


def test_delegation_composition_en():
    ex = run("The Egyptian delegation included General Omar Nabil and Ambassador Sara Fahmy.", "en")
    dele = ent(ex, "Egyptian delegation").name
    assert ("Omar Nabil", dele) in rels(ex, "MEMBER_OF")
    assert ("Sara Fahmy", dele) in rels(ex, "MEMBER_OF")


def test_lowercase_country_words_are_not_countries():
    ex = run("The minister told us that talks will continue.", "en")
    assert names(ex, "Country") == set()


def test_agency_speaker_through_the_ministry():
    ex = run(
        "The Jordanian Ministry of Foreign Affairs summoned the envoy on Sunday. The ministry "
        "said the remarks were unacceptable.",
        "en",
    )
    ministry = ent(ex, "Jordanian Ministry of Foreign Affairs").name
    assert any(sp == ministry and "remarks were unacceptable" in q for sp, q in said(ex))


def test_passive_received_by():
    ex = run("Ambassador Tom Reyes was received by President Anna Berg on Monday.", "en")
    assert frozenset({"Anna Berg", "Tom Reyes"}) in met(ex)


def test_coordinated_group_pairs_by_stated_nationality():
    ex = run(
        "Anna Berg, Tom Reyes and Tunisian Foreign Minister Leila Ben Salah discussed trade "
        "routes.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Anna Berg", "Leila Ben Salah"}) in pairs
    assert frozenset({"Tom Reyes", "Leila Ben Salah"}) in pairs
    assert frozenset({"Anna Berg", "Tom Reyes"}) not in pairs


def test_agency_before_title_is_membership():
    ex = run(
        "Tunisian Government of National Unity Prime Minister Leila Ben Salah arrived in Rome.",
        "en",
    )
    gov = ent(ex, "Tunisian Government of National Unity").name
    assert ("Leila Ben Salah", gov) in rels(ex, "MEMBER_OF")


def test_quote_before_speaker():
    ex = run(
        'Turkish Foreign Minister Hakan Demir arrived in Riyadh. "We are opening a new era of '
        'trade," Demir said.',
        "en",
    )
    assert ("Hakan Demir", "We are opening a new era of trade") in said(ex)


def test_two_foreign_ministers_keep_two_ministries():
    ex = run(
        "Jordanian Foreign Minister Karim Haddad met Foreign Minister Omar Nabil in Cairo.", "en"
    )
    ministries = [e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"]
    assert len({m.id for m in ministries}) == len(ministries) == 2
    # the one of no known country keeps the generic name; the other is named by its country
    assert {m.name for m in ministries} == {"Foreign Ministry", "Jordanian Foreign Ministry"}


def test_possessive_country_and_one_canonical_ministry():
    ex = run(
        "Egypt's Foreign Minister Omar Nabil met the envoy. The Egyptian Ministry of Foreign "
        "Affairs said talks would resume soon.",
        "en",
    )
    assert ent(ex, "Omar Nabil").country == "EGY"
    ministries = {e.id for e in ex.entities if e.type == "Agency" and e.kind == "ministry"}
    assert len(ministries) == 1
    m = ent(ex, "Foreign Ministry")
    assert m.country == "EGY" and "Egyptian Ministry of Foreign Affairs" in m.aliases


def test_coordinated_titles_and_long_names_with_particles():
    ex = run(
        "Omani Prime Minister and Foreign Minister Sheikh Salim bin Hamad Al Busaidi met "
        "Ambassador Tom Reyes.",
        "en",
    )
    o = ent(ex, "Salim bin Hamad Al Busaidi")
    assert o.country == "OMN"
    assert ent(ex, "Foreign Ministry").country == "OMN"
    assert frozenset({"Salim bin Hamad Al Busaidi", "Tom Reyes"}) in met(ex)


def test_lowercase_title_in_context_and_agency_spokesman():
    ex = run(
        "Omani Foreign Minister Salim Busaidi arrived in Rome. The Omani foreign minister said "
        "the visit was useful and timely. "
        "Interior Ministry spokesman Karl Weber said checks continue at the border.",
        "en",
    )
    assert any(sp == "Salim Busaidi" and "visit was useful" in q for sp, q in said(ex))
    assert ("Karl Weber", "Interior Ministry") in rels(ex, "MEMBER_OF")
    assert all(sp != "Interior Ministry" for sp, _ in said(ex))


def test_told_reporters_keeps_the_quotation():
    ex = run(
        'Foreign Minister Salim Busaidi arrived. "We are determined to finish this," Busaidi told '
        "reporters after the meeting.",
        "en",
    )
    assert ("Salim Busaidi", "We are determined to finish this") in said(ex)


def test_according_to_without_a_source_or_possessive_says_nothing():
    ex = run(
        "Foreign Minister Salim Busaidi arrived in Rome. According to local media, the talks "
        "lasted two hours and ended well.",
        "en",
    )
    assert said(ex) == []


def test_attendee_meets_the_other_side():
    ex = run(
        "Omani Sultan Haitham bin Tariq held talks with French President Paul Martin in Muscat. "
        "Omani Foreign Minister Badr Albusaidi, who attended the meeting, told reporters that "
        "relations were excellent.",
        "en",
    )
    assert frozenset({"Badr Albusaidi", "Paul Martin"}) in met(ex)
    assert frozenset({"Badr Albusaidi", "Haitham bin Tariq"}) not in met(ex)
    assert any(sp == "Badr Albusaidi" and "relations were excellent" in q for sp, q in said(ex))


def test_envoy_for_a_country_with_name_after_comma():
    ex = run(
        "The UN Special Representative for Yemen, Hans Berger, briefed the council. Berger said "
        "the truce was holding well.",
        "en",
    )
    o = ent(ex, "Hans Berger")
    assert ("Hans Berger", "UN") in rels(ex, "MEMBER_OF")
    assert o.country is None  # an envoy *for* Yemen is not Yemeni
    assert any(sp == "Hans Berger" and "truce was holding" in q for sp, q in said(ex))


def test_trailing_attribution_takes_the_clause_before():
    ex = run(
        "King Hassan Omar held talks with President Paul Martin in Paris on Monday, the Royal "
        "Court said in a statement.",
        "en",
    )
    s = said(ex)
    assert any(sp == "Royal Court" and "held talks with President Paul Martin" in q for sp, q in s)


def test_month_name_as_surname_stays_in_the_name():
    ex = run("Prime Minister Helen May met Ambassador Tom Reyes in Oslo.", "en")
    assert "Helen May" in names(ex, "Official")
    assert frozenset({"Helen May", "Tom Reyes"}) in met(ex)


@pytest.mark.parametrize("date", ["May 12", "May 2024", "12 May"])
def test_a_month_with_a_day_or_year_is_a_date_not_a_name(date):
    ex = run(f"The accord was signed by Foreign Minister Karim Haddad {date} in Amman.", "en")
    assert "Karim Haddad" in names(ex, "Official")
    assert not any("May" in n for n in names(ex, "Official"))


def test_en_a_capital_that_is_only_the_venue_names_no_country():
    ex = run("Jordanian Foreign Minister Salem Hamdan met his Sudanese counterpart in Doha.", "en")
    assert names(ex, "Country") == {"Jordan", "Sudan"}
    ex = run("Doha said it supports the ceasefire.", "en")
    assert names(ex, "Country") == {"Qatar"}


def test_en_an_envoy_summoned_to_the_ministry_met_the_official_who_summoned_him():
    # sentences written for this test: a summons is an in-person meeting, a future one is none
    ex = run(
        "Angered by the shelling of a border post, Foreign Secretary Hana Roost summoned Osmia's "
        "chargé d'affaires, Pavel Ostrov, late on Thursday night.",
        "en",
    )
    assert frozenset({"Hana Roost", "Pavel Ostrov"}) in met(ex)
    ex = run(
        "Foreign Secretary Hana Roost will summon Osmian Ambassador Pavel Ostrov on Friday.", "en"
    )
    assert not met(ex)
