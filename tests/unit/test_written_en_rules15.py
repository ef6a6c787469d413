"""English forms of the fifteenth round (issue #10: Commonwealth and African releases' "Hon.",
a name's syllable that spells an acronym; sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run, said


# ---- "Hon." is a style before a name, no sentence end ----
def test_en_hon_between_a_title_and_the_name():
    ex = run(
        "Cabinet Secretary for Foreign Affairs Hon. Wanjiru Kamau today hosted Tanzanian "
        "President Daudi Mrema in Nairobi.",
        "en",
    )
    assert "Wanjiru Kamau" in names(ex, "Official")
    assert frozenset({"Wanjiru Kamau", "Daudi Mrema"}) in met(ex)


def test_en_hon_in_an_apposition_after_a_title():
    ex = run(
        "President Daudi Mrema received the Kenyan Minister of Trade, Hon. Otieno Barasa, "
        "at State House.",
        "en",
    )
    assert "Otieno Barasa" in names(ex, "Official")
    assert frozenset({"Daudi Mrema", "Otieno Barasa"}) in met(ex)


# ---- "Kim Jong Un": a capitalised two-letter syllable is no acronym ----
def test_en_name_syllable_is_no_un_agency():
    ex = run(
        "Kim Jong Un met the visiting Laotian Foreign Minister Somsak Phommachan in Pyongyang.",
        "en",
    )
    assert not any("Kim" in a for a in names(ex, "Agency"))


def test_en_the_un_acronym_still_reads():
    ex = run("The UN envoy Farida Osei met Malian President Bakary Traore in Bamako.", "en")
    assert "UN" in names(ex, "Agency")


# ---- a UN / EU readout's bare post: "The Deputy Secretary-General met with X" ----
def test_en_bare_deputy_secretary_general_meets():
    ex = run(
        "Readout\n\n"
        "The Deputy Secretary-General met with Ms. Ingrid Solberg, Minister of International "
        "Development of Norway, in Geneva.",
        "en",
    )
    assert frozenset({"Deputy Secretary-General", "Ingrid Solberg"}) in met(ex)


def test_en_bare_deputy_secretary_general_is_the_named_one():
    ex = run(
        "Deputy Secretary-General Amara Diop met Foreign Minister Ingrid Solberg of Norway. "
        "The Deputy Secretary-General welcomed Norway's support.",
        "en",
    )
    assert "Deputy Secretary-General" not in names(ex, "Official")
    assert "Amara Diop" in names(ex, "Official")


# ---- gapping: "A was led by X, and B by Y" ----
def test_en_gapped_passive_lead():
    ex = run(
        "The consultations took place in Tashkent. The Uzbek delegation was led by Deputy "
        "Foreign Minister Rustam Karimov, and the Kazakh delegation by Ambassador Aigerim "
        "Sultanova.",
        "en",
    )
    assert ("Rustam Karimov", "Uzbek delegation") in rels(ex, "MEMBER_OF")
    assert ("Aigerim Sultanova", "Kazakh delegation") in rels(ex, "MEMBER_OF")
    assert ("Aigerim Sultanova", "Uzbek delegation") not in rels(ex, "MEMBER_OF")


def test_en_by_without_a_conjunct_is_no_gapped_lead():
    ex = run(
        "The Uzbek delegation was led by Deputy Foreign Minister Rustam Karimov and was "
        "welcomed in Astana by Ambassador Aigerim Sultanova.",
        "en",
    )
    assert ("Aigerim Sultanova", "Uzbek delegation") not in rels(ex, "MEMBER_OF")


# ---- a joint statement's plural title as subject: both signatories speak ----
def test_en_plural_title_subject_is_both_sides():
    ex = run(
        "Joint Statement\n\n"
        "Prime Minister Sofia Lindgren of Sweden and Prime Minister Mikko Virtanen of Finland "
        "met in Stockholm. The Prime Ministers reaffirmed their commitment to Baltic security.",
        "en",
    )
    speakers = {s for s, _ in said(ex)}
    assert {"Sofia Lindgren", "Mikko Virtanen"} <= speakers


def test_en_singular_title_subject_is_one_side():
    ex = run(
        "Prime Minister Sofia Lindgren of Sweden and Prime Minister Mikko Virtanen of Finland "
        "met in Stockholm. The Finnish Prime Minister reaffirmed his commitment to Baltic "
        "security.",
        "en",
    )
    speakers = {s for s, _ in said(ex)}
    assert "Sofia Lindgren" not in speakers


def test_en_plural_title_subject_is_its_holders_not_the_last_meeting():
    ex = run(
        "Prime Minister Sofia Lindgren hosted Prime Minister Mikko Virtanen of Finland in "
        "Stockholm. Mr. Virtanen also met the Speaker of the Riksdag, Anders Holm. The two Prime "
        "Ministers reaffirmed their commitment to Baltic security.",
        "en",
    )
    speakers = {s for s, _ in said(ex)}
    assert {"Sofia Lindgren", "Mikko Virtanen"} <= speakers
    assert "Anders Holm" not in speakers
