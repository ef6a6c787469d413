"""Forms of English government texts met in the fifth round of eval/written articles: readouts,
remarks, ministerial statements and media releases (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run, said


# ---- a sea or a strait named after a country is a place ---------------------------------------
def test_en_a_sea_named_after_a_country_names_no_country():
    ex = run("The admiral spoke of patrols in the East China Sea and the Taiwan Strait.", "en")
    assert names(ex, "Country") == set()
    ex = run("The admiral spoke of patrols near China.", "en")
    assert names(ex, "Country") == {"China"}


# ---- a pronoun carries the official opening the sentence before, not the last speaker ---------
def test_en_pronoun_after_an_official_who_made_no_statement():
    ex = run(
        "Minister Oduya underlined the value of the dialogue. President Hallström thanked him"
        " for the invitation. He noted that the talks had been useful.",
        "en",
    )
    speakers = {s for s, q in said(ex) if q.startswith("the talks")}
    assert speakers == {"Hallström"}


# ---- "spoke to": a call readout's verb, no part of the title before it ------------------------
def test_en_spoke_to_is_a_call_between_two_officials():
    ex = run(
        "The Prime Minister spoke to the President of Chile, Marisol Quintanilla, this evening.",
        "en",
    )
    assert {"Marisol Quintanilla", "Prime Minister"} <= names(ex, "Official")
    assert not rels(ex, "MET_WITH")


# ---- a portfolio closing a list of fields ends the title before an unlisted given name ---------
def test_en_name_after_fields_closed_by_a_portfolio():
    ex = run("Minister for Europe and Foreign Affairs Thibault Garnier met the envoy.", "en")
    assert "Thibault Garnier" in names(ex, "Official")
    ex = run("Minister of Trade and Industry Thibault Garnier met the envoy.", "en")
    assert "Thibault Garnier" in names(ex, "Official")


# ---- "Federal Foreign Minister": the German and Austrian style of the post --------------------
def test_en_federal_foreign_minister_is_of_the_countrys_foreign_ministry():
    ex = run("Austrian Federal Foreign Minister Lukas Brandauer met the envoy.", "en")
    ministry = ent(ex, "Austrian Foreign Ministry")
    assert ("Lukas Brandauer", ministry.name) in rels(ex, "MEMBER_OF")
    assert (ministry.name, "Austria") in rels(ex, "MEMBER_OF")


# ---- a development-aid minister implies that ministry -----------------------------------------
def test_en_minister_of_international_development_implies_the_ministry():
    ex = run("Norway's Minister of International Development, Siri Havnaas, met the envoy.", "en")
    ministry = ent(ex, "Norwegian Ministry of International Development")
    assert ("Siri Havnaas", ministry.name) in rels(ex, "MEMBER_OF")


# ---- co-chairs of a meeting met, and "the ministers" after it are both ------------------------
def test_en_co_chaired_meeting_joins_its_chairs():
    ex = run(
        "The ministers of the region met in Baku on Monday. The meeting was co-chaired by"
        " Minister of Foreign Affairs of Azerbaijan Elnur Hasanli and Norwegian Foreign Minister"
        " Kari Lunde. The ministers reaffirmed their support for the peace process.",
        "en",
    )
    assert frozenset({"Elnur Hasanli", "Kari Lunde"}) in met(ex)
    speakers = {s for s, q in said(ex) if "peace process" in q}
    assert speakers == {"Elnur Hasanli", "Kari Lunde"}


# ---- a readout listing each side's attendees ----------------------------------------------------
def test_en_attendees_of_each_side_meet_the_other_sides_principal_not_one_another():
    # eval/written/README.md: attendees meet the principal of the other side, "not one another"
    ex = run(
        "Secretary Whitcombe hosted Defence Minister Ilse Vermeulen at the Pentagon on Monday."
        " Secretary Whitcombe was joined by Admiral Peter Hollis. Minister Vermeulen was"
        " accompanied by Ambassador Maria Jansen.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Maria Jansen", "Peter Hollis"}) not in pairs
    assert frozenset({"Peter Hollis", "Ilse Vermeulen"}) in pairs
    assert frozenset({"Maria Jansen", "Whitcombe"}) in pairs
    assert frozenset({"Maria Jansen", "Ilse Vermeulen"}) not in pairs
    assert frozenset({"Peter Hollis", "Whitcombe"}) not in pairs


# ---- a capital after a given name is the family name -------------------------------------------
def test_en_capital_after_a_given_name_is_a_family_name():
    ex = run("The minister was accompanied by General Eduardo Lima and two aides.", "en")
    assert "Eduardo Lima" in names(ex, "Official")
    assert "Peru" not in names(ex, "Country")
    ex = run("The minister met General Eduardo in Lima, Peru's capital.", "en")
    assert "Peru" in names(ex, "Country")


# ---- "Spokesperson for the Secretary-General, X": X is the spokesperson ------------------------
def test_en_spokesperson_for_a_post_of_one_holder():
    ex = run(
        "The following is attributable to the Spokesperson for the President, Ingrid Falk:"
        " The President met the envoy of Chile.",
        "en",
    )
    assert ent(ex, "Ingrid Falk").title == "Spokesperson for the President"
    assert "Ingrid Falk" not in {n for pair in met(ex) for n in pair}
    assert "President" in names(ex, "Official")


# ---- "The Honourable X": a style, not a name word ------------------------------------------------
def test_en_the_honourable_is_a_style_before_the_name():
    ex = run("The Honourable Jane Okafor, Minister of Health, met the envoy.", "en")
    assert "Jane Okafor" in names(ex, "Official")


# ---- a release's quotes section: the quotation, then "- Name, Title" on its own line -----------
def test_en_quotation_then_dash_line_names_its_speaker():
    text = (
        "The Honourable Jane Okafor, Minister of Health, met the delegation.\n\n"
        "Quotes\n\n"
        '"Our two countries share a long history. We will build on it."\n'
        "- The Honourable Jane Okafor, Minister of Health\n\n"
        '"Trade between us has doubled."\n'
        "- The Honourable Tariq Mendez, Minister of International Trade\n"
    )
    ex = run(text, "en")
    got = said(ex)
    assert any(s == "Jane Okafor" and q.startswith("Our two countries") for s, q in got)
    assert any(s == "Tariq Mendez" and q.startswith("Trade between us") for s, q in got)
    # a dash line after no quotation names no statement
    ex = run("The minister met the delegation.\n- Tariq Mendez, Minister of Trade\n", "en")
    assert not said(ex)


# ---- "Ministers" inside a body's name is no plural title ---------------------------------------
def test_en_president_of_the_council_of_ministers_has_a_name():
    ex = run("The envoy was received by President of the Council of Ministers Paola Ricci.", "en")
    assert "Paola Ricci" in names(ex, "Official")
    ex = run("The foreign ministers of Peru and Chile, Ana Soto and Luis Vera, met in Lima.", "en")
    assert {"Ana Soto", "Luis Vera"} <= names(ex, "Official")


# ---- a quotation over two sentences before "she said" ----------------------------------------
def test_en_quotation_over_sentences_before_a_pronoun_speaker():
    ex = run(
        'Minister Ortega spoke to reporters. "The region faces real pressures. We will meet'
        ' them together," she said.',
        "en",
    )
    assert said(ex) == [("Ortega", "The region faces real pressures. We will meet them together")]


# ---- "assured": a verb of saying ----------------------------------------------------------------
def test_en_assured_reports_a_statement():
    ex = run("Minister Ortega assured his counterpart that the border would stay open.", "en")
    assert said(ex) == [("Ortega", "the border would stay open")]


# ---- "Also participating in the meeting was X" -------------------------------------------------
def test_en_also_participating_was_an_attendee():
    ex = run(
        "Secretary Lindgren met Foreign Minister Rania Haddad in Washington. Also participating"
        " in the meeting was Assistant Secretary Omar Pike.",
        "en",
    )
    assert frozenset({"Omar Pike", "Rania Haddad"}) in met(ex)
    assert frozenset({"Omar Pike", "Lindgren"}) not in met(ex)


# ---- the Pacific Islands Forum and a US combatant command are bodies --------------------------
def test_en_pacific_islands_forum_and_indo_pacific_command():
    ex = run(
        "The minister met Pacific Islands Forum Secretary General Losa Tuilagi and Commander of"
        " U.S. Indo-Pacific Command Admiral Dale Rourke.",
        "en",
    )
    assert ("Losa Tuilagi", "Pacific Islands Forum") in rels(ex, "MEMBER_OF")
    command = ent(ex, "Indo-Pacific Command")
    assert command.type == "Agency"
    assert ("Dale Rourke", command.name) in rels(ex, "MEMBER_OF")


# ---- the Pentagon's under secretaries are of the Defense Department ---------------------------
def test_en_under_secretary_of_defense_is_of_the_department():
    ex = run("He met Under Secretary of Defense for Policy Sarah Holt.", "en")
    assert any(n == "Sarah Holt" for n, _ in rels(ex, "MEMBER_OF"))


# ---- a summit named for heads of government names no government body --------------------------
def test_en_heads_of_government_meeting_is_no_agency():
    ex = run(
        "The Prime Minister met President Amos Wekesa at the Commonwealth Heads of Government"
        " Meeting in Samoa.",
        "en",
    )
    assert names(ex, "Agency") == set()
