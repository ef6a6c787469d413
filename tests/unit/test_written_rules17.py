"""Forms of the seventeenth round (issue #10: an English minister's field of capitalised words
joined by a hyphen, a listed field ending in a purpose noun, a bank's group named as the bank in
both languages; sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run, said


# ---- "Minister for the Indo-Pacific": the tokenizer splits the hyphen, the field goes on ----
def test_en_hyphened_field_keeps_the_name_after_the_comma():
    ex = run(
        "Britain's Minister for the Indo-Pacific, Clara Benning, met the Governor of Jakarta, "
        "Anies Pratama, on Friday. Benning said the partnership was growing.",
        "en",
    )
    assert "Clara Benning" in names(ex, "Official")
    assert not any("Indo" in n for n in names(ex, "Official"))
    assert frozenset({"Clara Benning", "Anies Pratama"}) in met(ex)
    assert "Clara Benning" in {speaker for speaker, _ in said(ex)}


def test_en_hyphened_field_before_a_portfolio_word():
    ex = run(
        "The Minister for Asia-Pacific Affairs, Tomas Lindqvist, joined the talks with "
        "Thai Foreign Minister Somchai Rattana in Bangkok.",
        "en",
    )
    assert "Tomas Lindqvist" in names(ex, "Official")


def test_en_hyphen_with_spaces_is_no_field_word():
    ex = run(
        "The Minister for Trade - Hugo Marten - met Chilean Foreign Minister Rosa Ibarra "
        "in Santiago.",
        "en",
    )
    assert "Rosa Ibarra" in names(ex, "Official")


# ---- "Investment Promotion": a purpose noun closes a listed field, not the holder's name ----
def test_en_promotion_field_is_no_name_word():
    ex = run(
        "Ghana's Minister of Trade, Industry and Investment Promotion Kwame Asare met the visiting "
        "Korean delegation in Accra.",
        "en",
    )
    assert "Kwame Asare" in names(ex, "Official")
    assert not any(n.startswith("Promotion") for n in names(ex, "Official"))


# ---- "the World Bank Group", "the African Development Bank Group": one body, "Group" no name ----
def test_en_bank_group_is_the_bank_and_no_name_word():
    ex = run(
        "Finance Minister Lena Okoro met the President of the World Bank Group, Ajay Menon, "
        "in Washington. She later met Vice President of the African Development Bank Group "
        "Marie Kone.",
        "en",
    )
    assert {"Ajay Menon", "Marie Kone"} <= names(ex, "Official")
    assert not any(n.startswith("Group") for n in names(ex, "Official"))
    agencies = names(ex, "Agency")
    assert "World Bank Group" in agencies and "African Development Bank Group" in agencies
    assert frozenset({"Lena Okoro", "Ajay Menon"}) in met(ex)


def test_ar_bank_group_is_the_bank():
    ex = run(
        "التقى وزير المالية المغربي سعيد الناصري اليوم رئيس مجموعة البنك الدولي أحمد فرانك في "
        "واشنطن، كما التقى نائب رئيس مجموعة البنك الإسلامي للتنمية خالد السويدي.",
        "ar",
    )
    members = {(a, b) for a, b in rels(ex, "MEMBER_OF")}
    assert ("أحمد فرانك", "مجموعة البنك الدولي") in members
    assert any(a == "خالد السويدي" and "البنك الإسلامي للتنمية" in b for a, b in members)


# ---- "the Bank (ABBR) Group, Dr. X": the word between abbreviation and comma is the body's ----
def test_en_word_after_a_bracketed_abbreviation_is_the_bodys():
    ex = run(
        "Foreign Minister Omar Haddad met the President of the Arab Trade Finance Bank (ATFB) "
        "Group, Dr. Salem Nouri, in Abu Dhabi.",
        "en",
    )
    assert "Salem Nouri" in names(ex, "Official")
    assert "Group" not in names(ex, "Official")
    assert frozenset({"Omar Haddad", "Salem Nouri"}) in met(ex)


def test_en_name_right_after_a_bracketed_abbreviation_still_reads():
    ex = run(
        "Foreign Minister Omar Haddad met the Secretary-General of the Gulf Cooperation Council "
        "(GCC) Jasem Albudaiwi in Riyadh.",
        "en",
    )
    assert frozenset({"Omar Haddad", "Jasem Albudaiwi"}) in met(ex)


# ---- a foreign given name written with the letter of "and" first, after a title's nisba ----
def test_ar_given_name_starting_like_and_after_a_nisba_title():
    ex = run(
        "استقبل الرئيس التونسي قيس المرزوقي اليوم الرئيس الغاني ويليام أسانتي في قصر قرطاج. "
        "وأكد الرئيس الغاني حرص بلاده على تطوير العلاقات.",
        "ar",
    )
    assert "ويليام أسانتي" in names(ex, "Official")
    assert frozenset({"قيس المرزوقي", "ويليام أسانتي"}) in met(ex)
    assert "ويليام أسانتي" in {speaker for speaker, _ in said(ex)}


def test_ar_and_verb_after_a_nisba_title_is_no_name():
    ex = run(
        "استقبل الرئيس التونسي قيس المرزوقي اليوم السفير الغاني وبحث معه العلاقات الثنائية.",
        "ar",
    )
    assert not any(n.startswith("وبحث") for n in names(ex, "Official"))


def test_ar_and_noun_after_a_nisba_title_is_no_name():
    ex = run(
        "التقى وزير الخارجية التونسي أحمد الدريدي اليوم وزير الخارجية الغاني ونظيره النيجيري "
        "في أكرا.",
        "ar",
    )
    assert not any(n.startswith("ونظيره") for n in names(ex, "Official"))


# ---- a title mention with a nationality is the one holder of that country, not the host ----
def test_en_headline_title_with_nationality_is_the_guest():
    ex = run(
        "QUITO - President Daniel Moreno met on Monday with Zambian President Chanda Mwale at the "
        "Carondelet Palace. The Zambian President thanked Ecuador for its hospitality.",
        "en",
        title="Ecuador's Moreno meets Zambian President",
    )
    officials = names(ex, "Official")
    assert "Zambian President" not in officials
    assert ent(ex, "Chanda Mwale").country == "ZMB"
    assert ent(ex, "Daniel Moreno").country != "ZMB"
    assert met(ex) == {frozenset({"Daniel Moreno", "Chanda Mwale"})}


def test_ar_title_with_nationality_is_the_guest_not_the_host():
    ex = run(
        "استقبل الرئيس الموريتاني أحمد ولد سيدي اليوم الرئيس الزامبي تشاندا موالي. "
        "وأشاد الرئيس الزامبي بعمق العلاقات.",
        "ar",
    )
    assert "تشاندا موالي" in {speaker for speaker, _ in said(ex)}


# ---- after a title, the object marker glued to a noun before a definite word is no name ----
def test_ar_marked_object_after_a_nisba_title_is_no_name():
    ex = run(
        "استقبل الرئيس الموريتاني أحمد ولد سيدي اليوم الرئيس الزامبي تشاندا موالي. "
        "وأشاد الرئيس الزامبي بعمق العلاقات بين البلدين، فيما نوه السفير الزامبي بجهود "
        "المملكة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert not any(n.startswith(("بعمق", "بجهود")) for n in officials)
    assert "تشاندا موالي" in {speaker for speaker, _ in said(ex)}


def test_ar_given_name_spelled_with_the_marker_still_reads():
    ex = run(
        "استقبل وزير الخارجية الأردني بسام الخطيب اليوم السفير الياباني بن تاناكا.",
        "ar",
    )
    assert "بسام الخطيب" in names(ex, "Official")


# ---- a title mention naming the holder's body by a shorter form of its name is the holder ----
def test_ar_title_mention_with_a_shorter_body_name_is_the_holder():
    ex = run(
        "استقبل رئيس الوزراء الغاني كوفي منساه اليوم رئيس مجموعة البنك العربي للتنمية "
        "الاقتصادية في أفريقيا سالم الكعبي. وكان رئيس البنك العربي للتنمية الاقتصادية في "
        "أفريقيا قد التقى أمس وزير المالية الغاني.",
        "ar",
        title="رئيس الوزراء يستقبل رئيس البنك العربي للتنمية الاقتصادية في أفريقيا",
    )
    officials = names(ex, "Official")
    assert "سالم الكعبي" in officials
    assert not any(n.startswith("رئيس البنك") for n in officials)


def test_en_title_mention_with_a_shorter_body_name_is_the_holder():
    ex = run(
        "Prime Minister Kofi Mensah received the President of the Islamic Development Bank "
        "Group, Salem Al Kaabi, in Accra. The President of the Islamic Development Bank "
        "praised Ghana's reforms.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Salem Al Kaabi" in officials
    assert not any(n.startswith("President") for n in officials)


# ---- an accusative participle of state after a bare title is no name ----
def test_ar_participle_of_state_after_a_title_is_no_name():
    ex = run(
        "استقبل الرئيس الموريتاني أحمد ولد سيدي اليوم السفير الزامبي جون بندا. "
        "وأشاد السفير مجددا بجهود المملكة، ثم تحدث الوزير مستعرضا الفرص المتاحة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert not any(n.startswith(("مجددا", "مستعرضا")) for n in officials)


def test_ar_listed_name_of_a_participle_like_shape_still_reads():
    ex = run("استقبل الرئيس الموريتاني أحمد ولد سيدي اليوم السفيرة الزامبية مارتا بندا.", "ar")
    assert "مارتا بندا" in names(ex, "Official")


# ---- an initial opening the name right after a title: "Minister S. Jaishankar" ----
def test_en_initial_opens_a_name_after_a_title():
    ex = run(
        "External Affairs Minister Dr. R. Venkataraman met Egyptian Foreign Minister Badr "
        "Hassan in New Delhi. Dr. Venkataraman said ties were strong.",
        "en",
    )
    assert "R. Venkataraman" in names(ex, "Official")
    assert frozenset({"R. Venkataraman", "Badr Hassan"}) in met(ex)
    assert "R. Venkataraman" in {speaker for speaker, _ in said(ex)}


def test_en_initial_without_a_title_before_opens_no_name():
    ex = run("A. The meeting of Foreign Minister Badr Hassan with the envoy was useful.", "en")
    assert not any(n.startswith("A.") for n in names(ex, "Official"))


# ---- listed fields after a title, then an honorific, then the name ----
def test_en_listed_fields_then_an_honorific_then_the_name():
    ex = run(
        "Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. Karim "
        "Fawzi met Indian External Affairs Minister Rajan Mehta in New Delhi.",
        "en",
    )
    assert "Karim Fawzi" in names(ex, "Official")
    assert not any(n.startswith("Egypt") for n in names(ex, "Official"))
    assert frozenset({"Karim Fawzi", "Rajan Mehta"}) in met(ex)


# ---- a title closing the text (a chunk's end) reads no preposition past it ----
def test_en_title_at_the_end_of_the_text_reads_nothing_past_it():
    ex = run("Foreign Minister Omar Haddad met Minister", "en")
    assert "Omar Haddad" in names(ex, "Official")
