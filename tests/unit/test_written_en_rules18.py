"""English constructions of the eighteenth round (issue #10: government copy never seen):
transcript turns under a title in capitals with "OF"/"FOR" and a portfolio, a ministry named
before and then called "the ministry", and a sentence cut after an abbreviated honorific at the
end of a line (sentences written for these tests)."""

from __future__ import annotations

from graphbuild.nlp.pipeline import get_pipeline

from .helpers import met, names, rels, run, said


# ---- "SECRETARY OF FOREIGN AFFAIRS X:" : a title in capitals keeps its "OF"/"FOR" field ----
def test_en_turn_under_a_capitals_title_with_of_and_a_portfolio():
    ex = run(
        "Remarks to the press after the talks\n\n"
        "SECRETARY OF FOREIGN AFFAIRS TOMAS REYES: Good afternoon. We had a frank exchange on "
        "fisheries and on the security of the sea lanes.\n"
        "QUESTION: Will you travel to Jakarta?\n"
        "SECRETARY OF FOREIGN AFFAIRS TOMAS REYES: Yes, early next month.",
        "en",
    )
    assert "TOMAS REYES" in names(ex, "Official")
    quotes = {q for s, q in said(ex) if s == "TOMAS REYES"}
    assert any("fisheries" in q for q in quotes)
    assert any("early next month" in q for q in quotes)


def test_en_turn_under_a_capitals_title_with_for_and_a_portfolio():
    ex = run(
        "Joint press remarks\n\n"
        "MINISTER FOR DEFENCE HELGA MOEN: Thank you for coming. We agreed to train together "
        "in the Arctic next winter.\n"
        "MODERATOR: Questions, please.",
        "en",
    )
    assert (
        "HELGA MOEN",
        "Thank you for coming. We agreed to train together in the Arctic next winter.",
    ) in said(ex)
    assert ("HELGA MOEN", "Defence Ministry") in rels(ex, "MEMBER_OF")


# ---- "the foreign ministry" / "her ministry": the one such ministry named before ----
def test_en_statement_by_the_lower_case_foreign_ministry_is_the_ministrys():
    ex = run(
        "Chile's Deputy Foreign Minister Ana Torres met on Tuesday with the UN envoy for Haiti, "
        "Marc Leblanc. The two sides reviewed the preparations for the donors' conference, "
        "according to a statement by the foreign ministry.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "donors' conference" in q}
    assert speakers == {"Foreign Ministry"}


def test_en_lower_case_portfolio_ministry_skips_a_nearer_ministry_of_another_portfolio():
    ex = run(
        "Foreign Minister Ana Torres met Defence Minister Pablo Rojas in Santiago on Tuesday. "
        "The two ministers reviewed the security of the northern border, the foreign ministry "
        "said in a statement.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "northern border" in q}
    assert speakers == {"Foreign Ministry"}


def test_en_her_ministry_said_is_the_one_ministry_named():
    ex = run(
        "Austria's Health Minister Lena Gruber arrived in Nairobi on Monday for a two-day visit. "
        "Gruber will open a vaccine plant on Tuesday, her ministry said.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "vaccine plant" in q}
    assert speakers == {"Health Ministry"}
    # after two ministries "his ministry" names neither
    ex = run(
        "Foreign Minister Ana Torres met Defence Minister Pablo Rojas in Santiago on Tuesday. "
        "Rojas will visit Lima next month, his ministry said.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "Lima" in q}
    assert not speakers & {"Foreign Ministry", "Defence Ministry"}


# ---- a line that ends with "Ms.", "Dr.", "H.H.": the name goes on on the next line ----
def test_en_line_break_after_an_abbreviated_honorific_cuts_no_sentence():
    text = (
        "Foreign Minister Tomas Reyes received on Monday the Ambassador of Japan, Ms.\n"
        "Aiko Tanaka, in Manila.\nReyes said the two countries were close partners."
    )
    sents = [s.text.strip() for s in get_pipeline("en")(text).sents]
    assert sents[0].endswith("Aiko Tanaka, in Manila.")
    assert (
        sents[1] == "Reyes said the two countries were close partners."
    )  # a plain break still cuts
    ex = run(text, "en")
    assert frozenset({"Tomas Reyes", "Aiko Tanaka"}) in met(ex)


def test_en_line_break_after_dr_and_hh_keeps_title_and_name_together():
    ex = run(
        "The Prime Minister received on Sunday the Minister of Health of Jordan, Dr.\n"
        "Leila Haddad, in Amman.",
        "en",
    )
    assert "Leila Haddad" in names(ex, "Official")
    assert frozenset({"Prime Minister", "Leila Haddad"}) in met(ex)
    ex = run(
        "Foreign Minister Tomas Reyes received on Monday H.H.\n"
        "Sheikh Hamad bin Saif Al Nuaimi, the Emirati Minister of State, in Manila.",
        "en",
    )
    assert frozenset({"Tomas Reyes", "Hamad bin Saif Al Nuaimi"}) in met(ex)


def test_en_line_break_after_an_honorific_before_a_name_and_its_apposed_title():
    ex = run(
        "Foreign Minister Tomas Reyes received on Monday Ms.\n"
        "Aiko Tanaka, the Ambassador of Japan, in Manila.",
        "en",
    )
    assert frozenset({"Tomas Reyes", "Aiko Tanaka"}) in met(ex)
