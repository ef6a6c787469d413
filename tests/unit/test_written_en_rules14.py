"""English meetings and memberships of the fourteenth round (issue #10: constructions of
government readouts and wire copy that unseen English texts use; sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run


def _titles(ex) -> dict[str, str | None]:
    return {e.name: e.title for e in ex.entities if e.type == "Official"}


# ---- a call's discussion: "X spoke with Y. The leaders discussed …" is no meeting ----
def test_en_discussion_after_a_call_is_the_call():
    ex = run(
        "Readout\n\n"
        "The Prime Minister spoke to Prime Minister Marta Kowalczyk of Poland this morning. "
        "The leaders discussed support for Ukraine and agreed to stay in close contact.",
        "en",
    )
    assert "Marta Kowalczyk" in names(ex, "Official")
    assert not met(ex)


def test_en_named_sides_discussing_after_a_call_did_not_meet():
    ex = run(
        "Readout\n\n"
        "Secretary of State Helen Brandt spoke by phone with Chilean Foreign Minister Tomas "
        "Fuentes. The Secretary and the Foreign Minister discussed lithium supply chains.",
        "en",
    )
    assert not met(ex)


def test_en_a_later_meeting_after_a_call_still_counts():
    ex = run(
        "Readout\n\n"
        "Secretary of State Helen Brandt spoke by phone with Chilean Foreign Minister Tomas "
        "Fuentes. Later, Secretary Brandt met Peruvian Foreign Minister Rosa Quiroga in Lima and "
        "discussed trade with her.",
        "en",
    )
    assert frozenset({"Helen Brandt", "Rosa Quiroga"}) in met(ex)
    assert frozenset({"Helen Brandt", "Tomas Fuentes"}) not in met(ex)


def test_en_discussion_after_a_meeting_still_counts():
    ex = run(
        "Readout\n\n"
        "Secretary Helen Brandt welcomed Chilean Foreign Minister Tomas Fuentes to Washington. "
        "The Secretary and the Foreign Minister discussed lithium supply chains.",
        "en",
    )
    assert frozenset({"Helen Brandt", "Tomas Fuentes"}) in met(ex)


# ---- a lowercase post owned by a person: "Orlov's special envoy X" ----
def test_en_lowercase_title_after_a_persons_possessive():
    ex = run(
        "News\n\n"
        "Orlov's special envoy Kirill Danilov met Turkish Foreign Minister Hakan Demir in Ankara "
        "on Tuesday.",
        "en",
    )
    assert _titles(ex).get("Kirill Danilov") == "special envoy"
    assert frozenset({"Kirill Danilov", "Hakan Demir"}) in met(ex)


def test_en_post_of_a_titled_owner_goes_to_the_name_after_it():
    ex = run(
        "News\n\n"
        "Prime Minister Ilan Peretz's national security adviser, Avi Shalev, held talks with "
        "Egyptian intelligence chief Hassan Rashad in Cairo.",
        "en",
    )
    assert _titles(ex).get("Avi Shalev") == "national security adviser"
    pairs = met(ex)
    assert frozenset({"Avi Shalev", "Hassan Rashad"}) in pairs
    assert frozenset({"Ilan Peretz", "Hassan Rashad"}) not in pairs


def test_en_possessive_post_set_off_after_a_name():
    ex = run(
        "News\n\nNatan Golan, Peretz's chief of staff, met U.S. envoy Laura Hill in Jerusalem.",
        "en",
    )
    assert _titles(ex).get("Natan Golan") == "chief of staff"
    assert frozenset({"Natan Golan", "Laura Hill"}) in met(ex)


def test_en_foreign_policy_adviser_is_a_post():
    ex = run(
        "News\n\n"
        "Pavel Sokolov, the president's foreign policy adviser, told reporters the talks had "
        "been useful.",
        "en",
    )
    assert _titles(ex).get("Pavel Sokolov") == "foreign policy adviser"


# ---- a plural post before names each with its country: "Presidents X of A and Y of B" ----
def test_en_plural_post_with_each_names_country():
    ex = run(
        "News\n\n"
        "Presidents Alba Moreno of Ecuador and Diego Vargas of Peru met on the border on "
        "Saturday.",
        "en",
    )
    by_name = {e.name: e.country for e in ex.entities if e.type == "Official"}
    assert by_name.get("Alba Moreno") == "ECU"
    assert by_name.get("Diego Vargas") == "PER"
    assert frozenset({"Alba Moreno", "Diego Vargas"}) in met(ex)


def test_en_plural_ministers_with_each_names_country_get_their_ministries():
    ex = run(
        "News\n\n"
        "Foreign Ministers Ingrid Dahl of Denmark and Mikko Laine of Finland held talks in "
        "Copenhagen.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Ingrid Dahl", "Danish Foreign Ministry") in member
    assert ("Mikko Laine", "Finnish Foreign Ministry") in member
    assert frozenset({"Ingrid Dahl", "Mikko Laine"}) in met(ex)


# ---- a meeting noun opening the sentence: "At a meeting in X, A and B …" ----
def test_en_fronted_meeting_noun_names_its_parties_after_the_comma():
    ex = run(
        "News\n\n"
        "At a meeting in Vienna on Thursday, Austrian Chancellor Lukas Brenner and Slovak "
        "Prime Minister Juraj Kovac agreed to build a new rail link.",
        "en",
    )
    assert frozenset({"Lukas Brenner", "Juraj Kovac"}) in met(ex)


def test_en_fronted_talks_and_bare_participle():
    ex = run(
        "News\n\n"
        "During talks in Hanoi, Vietnamese Prime Minister Tran Van Minh and Thai Prime Minister "
        "Somchai Wongsa discussed rice exports. Meeting in Bangkok on Friday, Thai Foreign "
        "Minister Arun Chai and Lao Foreign Minister Khamphao Sisavath signed a border accord.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Tran Van Minh", "Somchai Wongsa"}) in pairs
    assert frozenset({"Arun Chai", "Khamphao Sisavath"}) in pairs


def test_en_fronted_meeting_of_a_body_names_no_pair():
    ex = run(
        "News\n\n"
        "At a meeting of NATO defence ministers in Brussels, Danish Defence Minister Jens "
        "Holm said Europe must spend more.",
        "en",
    )
    assert not met(ex)


# ---- a summit of two leaders ----
def test_en_leaders_holding_a_summit_met():
    ex = run(
        "News\n\n"
        "Indian Prime Minister Rahul Nair and Sri Lankan President Nimal Perera held a summit "
        "in Colombo on Saturday. At a summit in Male, Maldivian President Ahmed Shareef and "
        "Nair pledged closer maritime cooperation.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Rahul Nair", "Nimal Perera"}) in pairs
    assert frozenset({"Rahul Nair", "Ahmed Shareef"}) in pairs


# ---- "X told Y during their meeting": the addressee was met ----
def test_en_addressee_before_during_their_meeting_was_met():
    ex = run(
        "News\n\n"
        "Qatari Foreign Minister Khalid Al-Kuwari told his Iranian counterpart Reza Tabrizi "
        "during their meeting in Doha that the strait must stay open.",
        "en",
    )
    assert frozenset({"Khalid Al-Kuwari", "Reza Tabrizi"}) in met(ex)


def test_en_a_person_named_after_the_meeting_noun_is_not_the_addressee():
    ex = run(
        "News\n\n"
        "Qatari Foreign Minister Khalid Al-Kuwari said during the meeting that Iranian Foreign "
        "Minister Reza Tabrizi had been invited to Doha.",
        "en",
    )
    assert not met(ex)


# ---- a hyphenated compound between the parties and the meeting noun is one word ----
def test_en_parties_before_a_two_hour_meeting():
    ex = run(
        "News\n\n"
        "Spanish Foreign Minister Lucia Prieto and her Moroccan counterpart Karim Tazi had a "
        "two-hour meeting in Rabat on Friday.",
        "en",
    )
    assert frozenset({"Lucia Prieto", "Karim Tazi"}) in met(ex)


# ---- posts of US readouts and Gulf copy ----
def test_en_us_department_secretaries_imply_their_departments():
    ex = run(
        "News\n\n"
        "Secretary of Homeland Security Dana Ortiz and Agriculture Secretary Paul Becker met "
        "Guatemalan Foreign Minister Rosa Pineda in Washington.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Dana Ortiz", "Homeland Security Department") in member
    assert ("Paul Becker", "Agriculture Department") in member


def test_en_white_house_staff_post_and_trade_representative_keep_their_names():
    ex = run(
        "News\n\n"
        "Assistant to the President for National Security Affairs Thomas Ellery and U.S. Trade "
        "Representative Joan Castle met Indian Commerce Minister Sunil Rao.",
        "en",
    )
    titles = _titles(ex)
    assert titles.get("Thomas Ellery", "").startswith("Assistant to the President")
    assert titles.get("Joan Castle") == "U.S. Trade Representative"
    assert frozenset({"Thomas Ellery", "Sunil Rao"}) in met(ex)


def test_en_post_at_an_embassy_in_a_city_before_a_set_off_name():
    ex = run(
        "News\n\n"
        "Deputy Chief of Mission at the U.S. Embassy in Amman, Rachel Stone, met Jordanian "
        "Deputy Foreign Minister Nawaf Tell on Monday.",
        "en",
    )
    # the embassy is named with the city it serves; its name without the city is a form of it
    embassy = ent(ex, "U.S. Embassy")
    assert embassy.name == "U.S. Embassy in Amman"
    assert ("Rachel Stone", embassy.name) in rels(ex, "MEMBER_OF")
    assert frozenset({"Rachel Stone", "Nawaf Tell"}) in met(ex)


def test_en_deputy_ruler_is_a_post_not_a_name():
    ex = run(
        "News\n\n"
        "The talks were attended by Sheikh Hamdan bin Rashid Al Maktoum, Deputy Ruler of Dubai "
        "and Minister of Finance.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Ruler" not in officials
    assert _titles(ex).get("Hamdan bin Rashid Al Maktoum", "").startswith("Deputy Ruler")


# ---- a minister's portfolio the lists do not know: "Mexican Security Minister X" ----
def test_en_unlisted_portfolio_before_minister_implies_its_ministry():
    ex = run(
        "News\n\n"
        "Peruvian Mining Minister Julia Quispe met Chilean Digital Transformation Minister "
        "Andres Rojas in Lima.",
        "en",
    )
    by_name = {e.name: e for e in ex.entities}
    assert by_name["Julia Quispe"].country == "PER"
    member = rels(ex, "MEMBER_OF")
    assert ("Julia Quispe", "Mining Ministry") in member
    assert ("Mining Ministry", "Peru") in member
    assert ("Andres Rojas", "Digital Transformation Ministry") in member
    assert (
        "Ministry of Digital Transformation" in by_name["Digital Transformation Ministry"].aliases
    )


def test_en_unlisted_portfolio_with_a_field_after_it_is_no_portfolio():
    ex = run(
        "News\n\nIndonesia's Senior Minister for Trade Affairs, Dewi Lestari, met the delegation.",
        "en",
    )
    assert "Senior Ministry" not in names(ex, "Agency")


# ---- "her counterpart from Mexico, X": a counterpart's country after "from" ----
def test_en_counterpart_from_a_country_before_a_set_off_name():
    ex = run(
        "News\n\n"
        "Minister Sofia Lindgren met with her counterpart from Chile, Pablo Araya, in Stockholm.",
        "en",
    )
    by_name = {e.name: e.country for e in ex.entities if e.type == "Official"}
    assert by_name.get("Pablo Araya") == "CHL"
    assert frozenset({"Sofia Lindgren", "Pablo Araya"}) in met(ex)


# ---- the EU's "HR/VP" is a post ----
def test_en_hr_vp_is_a_post():
    ex = run(
        "News\n\n"
        "HR/VP Marta Vidal met with Georgian Foreign Minister Levan Beridze in Brussels. The "
        "HR/VP stressed that reforms must continue.",
        "en",
    )
    assert _titles(ex).get("Marta Vidal") == "HR/VP"
    assert frozenset({"Marta Vidal", "Levan Beridze"}) in met(ex)
    assert any(s == "Marta Vidal" for s, _q in rels(ex, "SAID"))


# ---- '"… the EU," said the High Representative': a party inside the quote is no speaker ----
def test_en_inverted_say_after_a_quote_ending_with_a_body():
    ex = run(
        "News\n\n"
        "High Representative Marta Vidal met Albanian Prime Minister Edi Kola in Tirana. "
        '"Albania\'s place is in the EU," said the High Representative.',
        "en",
    )
    speakers = {s for s, _q in rels(ex, "SAID")}
    assert "Marta Vidal" in speakers
    assert "EU" not in speakers


# ---- two officials, each set off with a list of posts, coordinated as subjects ----
def test_en_coordinated_subjects_each_with_two_posts_set_off():
    ex = run(
        "News\n\n"
        "Sheikh Khalid bin Saif Al Qasimi, Deputy Prime Minister and Minister of Foreign "
        "Affairs, and Ahmed Raza Khan, Deputy Prime Minister and Minister of Foreign Affairs of "
        "Pakistan, co-chaired the joint commission in Abu Dhabi on Monday.",
        "en",
    )
    titles = _titles(ex)
    assert "and" not in (titles.get("Khalid bin Saif Al Qasimi") or "").split(", ")
    assert frozenset({"Khalid bin Saif Al Qasimi", "Ahmed Raza Khan"}) in met(ex)
    agencies = names(ex, "Agency")
    assert not any(a.endswith(", and") for a in agencies)


# ---- "Jordanian Deputy Prime Minister and Minister of X Y": the demonym is both posts' ----
def test_en_country_of_the_first_of_two_coordinated_posts_goes_to_the_ministry():
    ex = run(
        "News\n\n"
        "Foreign Secretary Helen Marsh hosted Jordanian Deputy Prime Minister and Minister of "
        "Foreign Affairs and Expatriates Omar Haddad in London. The Foreign Secretary and Deputy "
        "Prime Minister Haddad discussed Gaza.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    haddad = {a for o, a in member if o == "Omar Haddad"}
    marsh = {a for o, a in member if o == "Helen Marsh"}
    assert haddad and marsh and not haddad & marsh
    assert any(a == "Jordan" for o, a in member if o in haddad)


# ---- a post's "for" before a body's possessive is no complement ----
def test_en_thanked_the_title_for_a_bodys_leadership():
    ex = run(
        "News\n\n"
        "Secretary of State Helen Brandt met OIC Secretary General Amina Bello in Jeddah. The "
        "Secretary thanked the Secretary General for the OIC's leadership.",
        "en",
    )
    forms = [f for e in ex.entities if e.type == "Official" for f in (e.name, *e.aliases)]
    assert not any("for the OIC" in f for f in forms)


# ---- "<Body> (<ABBR>) <Title> X": the body before its bracketed abbreviation is X's ----
def test_en_body_with_bracketed_abbreviation_before_a_title():
    ex = run(
        "News\n\n"
        "The minister met International Renewable Energy Agency (IRENA) Director-General "
        "Luis Ferreira in Abu Dhabi.",
        "en",
    )
    assert ("Luis Ferreira", "International Renewable Energy Agency") in rels(ex, "MEMBER_OF")


# ---- talks through a mediator are no meeting ----
def test_en_indirect_talks_are_no_meeting():
    ex = run(
        "News\n\n"
        "Venezuelan Foreign Minister Ramon Gil held indirect talks with U.S. envoy Peter Lang in "
        "Doha on Sunday. Gil met Qatari Minister of State Ahmed Al-Khater in Doha on Monday.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Ramon Gil", "Peter Lang"}) not in pairs
    assert frozenset({"Ramon Gil", "Ahmed Al-Khater"}) in pairs


# ---- "<post> of the X Department at the Ministry of Y": a department of the ministry ----
def test_en_department_at_a_ministry_is_its_sub_body():
    ex = run(
        "News\n\n"
        "The Director of the Asia Department at the Ministry of Foreign Affairs, Salma Idris, "
        "received the Ambassador of Japan, Kenji Mori.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Salma Idris", "Asia Department") in member
    assert ("Asia Department", "Foreign Ministry") in member
    assert ("Salma Idris", "Foreign Ministry") not in member


# ---- "leader" is a post in wire copy; ", and his counterpart" joins the subjects ----
def test_en_leader_is_a_post_and_comma_and_joins_the_counterpart():
    ex = run(
        "News\n\n"
        "The Vietnamese leader, Tran Van Lam, and his Laotian counterpart, Somsak Vongsa, met in "
        "Hanoi on Friday.",
        "en",
    )
    assert _titles(ex).get("Tran Van Lam") == "Vietnamese leader"
    assert frozenset({"Tran Van Lam", "Somsak Vongsa"}) in met(ex)


def test_en_comma_before_and_his_counterpart_still_joins():
    ex = run(
        "News\n\n"
        "Greek Prime Minister Nikos Pappas, and his Cypriot counterpart Andreas Christou held "
        "talks in Athens.",
        "en",
    )
    assert frozenset({"Nikos Pappas", "Andreas Christou"}) in met(ex)


# ---- a first-person release: its author's other meeting verbs and "my meeting with" ----
def test_en_first_person_welcomed_and_my_meeting_with():
    ex = run(
        "News\n\n"
        "Media release: Minister for Foreign Affairs Clara Nilsen\n\n"
        "I welcomed Malaysian Foreign Minister Hasan Ismail to Oslo today. My meeting with "
        "Kenyan Foreign Minister Ruth Wambui later in the day was constructive.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Clara Nilsen", "Hasan Ismail"}) in pairs
    assert frozenset({"Clara Nilsen", "Ruth Wambui"}) in pairs


def test_en_first_person_welcoming_someones_announcement_is_no_meeting():
    ex = run(
        "News\n\n"
        "Media release: Minister for Foreign Affairs Clara Nilsen\n\n"
        "I welcomed Malaysian Foreign Minister Hasan Ismail's announcement on climate finance.",
        "en",
    )
    assert not met(ex)


# ---- wire copy's lower-case ministries after a country, and "X, a spokesman for Y," ----
def test_en_lower_case_ministry_after_a_country_is_a_body():
    ex = run(
        "News\n\n"
        "Norway's foreign ministry said the talks would resume. The Chilean defence ministry "
        "confirmed the visit.",
        "en",
    )
    by_name = {e.name: e.country for e in ex.entities if e.type == "Agency"}
    assert by_name.get("Foreign Ministry") == "NOR"
    assert by_name.get("Defence Ministry") == "CHL"
    assert ("Foreign Ministry", "Norway") in rels(ex, "MEMBER_OF")


def test_en_spokesman_for_a_countrys_lower_case_ministry_set_off_after_a_name():
    ex = run(
        "News\n\n"
        "Anwar Qadri, a spokesman for Oman's foreign ministry, told reporters the mediation "
        "would go on. Leila Farsi, the spokeswoman for Iran's foreign ministry, said Tehran "
        "would not attend.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    bodies = {o: a for o, a in member if o in ("Anwar Qadri", "Leila Farsi")}
    assert ent(ex, bodies["Anwar Qadri"]).country == "OMN"
    assert ent(ex, bodies["Leila Farsi"]).country == "IRN"
    assert "Iranian Foreign Ministry" in (
        bodies["Leila Farsi"],
        *ent(ex, bodies["Leila Farsi"]).aliases,
    )
    speakers = {s for s, _q in rels(ex, "SAID")}
    assert {"Anwar Qadri", "Leila Farsi"} <= speakers


def test_en_lower_case_ministry_without_a_country_stays_an_anaphor():
    ex = run("News\n\nThe foreign ministry said the minister had left.", "en")
    assert "Foreign Ministry" not in names(ex, "Agency")


def test_en_lower_case_central_bank_of_a_country_and_its_governor():
    ex = run(
        "News\n\n"
        "Kenya's central bank governor Peter Njoroge met World Bank Vice President Anna Bjerde "
        "in Nairobi.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    bank = next(a for o, a in member if o == "Peter Njoroge")
    assert ent(ex, bank).country == "KEN"
    assert frozenset({"Peter Njoroge", "Anna Bjerde"}) in met(ex)


# ---- a lower-case post after "and" in a list of those met ----
def test_en_lower_case_post_after_and_in_the_objects():
    ex = run(
        "News\n\n"
        "In Muscat, Dutch Foreign Minister Pieter Smit met Sultan Haitham bin Tariq and foreign "
        "minister Sayyid Badr Albusaidi on Monday.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Pieter Smit", "Haitham bin Tariq"}) in pairs
    assert frozenset({"Pieter Smit", "Badr Albusaidi"}) in pairs


# ---- "X, the Crown Prince and Prime Minister, received Y": the apposition is X's ----
def test_en_definite_posts_set_off_after_a_name_are_its_apposition():
    ex = run(
        "News\n\n"
        "His Royal Highness Prince Faisal bin Hamad Al Khalifa, the Crown Prince and Prime "
        "Minister, received the Minister of Foreign Affairs of Malta, Ian Borg, at Gudaibiya "
        "Palace.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Crown Prince and Prime Minister" not in officials
    assert "Crown Prince" in (_titles(ex).get("Faisal bin Hamad Al Khalifa") or "")
    assert frozenset({"Faisal bin Hamad Al Khalifa", "Ian Borg"}) in met(ex)
