"""English agency forms of the eleventh round (issue #10: bodies and memberships on unseen
government texts and wire copy; sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _agencies(ex) -> dict[str, str | None]:
    return {e.name: e.country for e in ex.entities if e.type == "Agency"}


# ---- "a delegation of <Demonym> <plural noun>": the demonym qualifies the noun after it ----
def test_en_delegation_of_demonym_companies_takes_the_plural_noun():
    ex = run(
        "News\n\n"
        "CAIRO -- Minister of Trade Karim Adel met on Sunday with a delegation of Norwegian "
        "shipping companies led by Lars Holm.",
        "en",
    )
    agencies = _agencies(ex)
    assert agencies.get("delegation of Norwegian shipping companies") == "NOR"
    assert "delegation of Norwegian" not in agencies
    assert ("delegation of Norwegian shipping companies", "Norway") in rels(ex, "MEMBER_OF")


def test_en_delegation_of_demonym_officials():
    ex = run(
        "News\n\n"
        "The minister received a delegation of Chilean Senators on Monday. A delegation of "
        "Brazilian officials arrived later.",
        "en",
    )
    agencies = _agencies(ex)
    assert "delegation of Brazilian officials" in agencies


# ---- two own names of one portfolio are two ministries ----
def test_en_two_compound_ministry_names_of_one_portfolio_stay_apart():
    ex = run(
        "News\n\n"
        "MUSCAT -- A Ugandan delegation led by Minister of Industry, Trade and Tourism Peter "
        "Okello met on Tuesday with Saif bin Rashid Al Harthy, Minister of Commerce, Industry and "
        "Handicrafts.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    okello = {a for (o, a) in member if o == "Peter Okello"}
    harthy = {a for (o, a) in member if o == "Saif bin Rashid Al Harthy"}
    assert "Ministry of Commerce, Industry and Handicrafts" in harthy
    assert not okello & harthy
    agencies = [e for e in ex.entities if e.type == "Agency"]
    assert len({e.id for e in agencies}) == len(agencies)


def test_en_one_compound_ministry_named_twice_is_one():
    ex = run(
        "News\n\n"
        "Minister of Energy, Mines and Hydrocarbons Rosa Quispe said the Ministry of Energy, "
        "Mines and Hydrocarbons would publish the plan. Deputy Minister of Energy and Mines "
        "Jorge Salas attended.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    quispe = {a for (o, a) in member if o == "Rosa Quispe"}
    salas = {a for (o, a) in member if o == "Jorge Salas"}
    assert quispe and quispe == salas


# ---- two sides' ministers of one portfolio: each of their own side's ministry ----
def test_en_implied_ministry_of_two_delegations_heads_is_split_by_side():
    ex = run(
        "News\n\n"
        "Deputy Minister of Foreign Affairs Lina Haddad led the Jordanian delegation at the "
        "consultations, while the Kazakh delegation was headed by Deputy Minister of Foreign "
        "Affairs Nurlan Abenov.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    haddad = {a for (o, a) in member if o == "Lina Haddad"}
    abenov = {a for (o, a) in member if o == "Nurlan Abenov"}
    assert "Jordanian delegation" in haddad and "Kazakh delegation" in abenov
    ministries = {e.id: e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"}
    assert len(ministries) == 2
    assert {e.country for e in ministries.values()} >= {"KAZ"}
    # the side is the delegation's, not the name's: no country link for the split ministry
    assert not any(o in {e.name for e in ministries.values()} for (o, _a) in member)


# ---- an indefinite "a military delegation" after a named one is another delegation ----
def test_en_indefinite_delegation_after_a_named_one_is_new():
    ex = run(
        "News\n\n"
        "RABAT -- Inspector General of the Armed Forces General Hassan Idrissi received on "
        "Monday the Chief of Staff of the Greek Army, General Nikos Papadakis, and the Greek "
        "military delegation accompanying him.\n"
        "Later, General Idrissi received the Commander of the Indonesian Air Force, Marshal "
        "Budi Santoso, who is visiting the Kingdom at the head of a military delegation.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Nikos Papadakis", "Greek military delegation") in member
    assert ("Budi Santoso", "Greek military delegation") not in member


def test_en_indefinite_delegation_announced_by_the_headline_is_that_one():
    ex = run(
        "Speaker receives Greek parliamentary delegation\n\n"
        "RABAT -- Speaker of the House of Representatives Rachid Talbi received on Monday a "
        "parliamentary delegation from the Hellenic Parliament headed by Deputy Speaker "
        "Eleni Markou.",
        "en",
    )
    agencies = [e for e in ex.entities if e.type == "Agency" and e.kind == "delegation"]
    assert len(agencies) == 1


# ---- an organisation's standing "Delegation to X" is its mission ----
def test_en_eu_delegation_to_a_country_is_the_unions_mission():
    ex = run(
        "News\n\n"
        "AMMAN -- The meeting was attended by the Head of the EU Delegation to Jordan, Ambassador "
        "Karin Svensson.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Karin Svensson", "EU Delegation to Jordan") in member
    assert ("EU Delegation to Jordan", "EU") in member
    assert ("Karin Svensson", "EU") not in member


# ---- "Assistant Minister for X at the Ministry of Y": a brief within ministry Y ----
def test_en_minister_for_a_brief_at_a_named_ministry_is_of_that_ministry_only():
    ex = run(
        "News\n\n"
        "MUSCAT -- The meeting was attended by Salma Rashid Al Hinai, Assistant Minister for "
        "Economic Affairs and Trade at the Ministry of Foreign Affairs, and Ambassador Joao "
        "Pereira.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    hinai = {a for (o, a) in member if o == "Salma Rashid Al Hinai"}
    assert hinai == {"Foreign Ministry"}
    agencies = {e.name for e in ex.entities if e.type == "Agency"}
    assert not any("Econom" in a for a in agencies)


# ---- a command "of" a force is a part of that force ----
def test_en_general_staff_of_a_national_army_is_its_part():
    ex = run(
        "News\n\n"
        "Defence Minister Karim Haddad said the plan would be carried out in coordination with "
        "the General Staff of the Lebanese Army.",
        "en",
    )
    assert ("General Staff", "Lebanese Army") in rels(ex, "MEMBER_OF")
