"""Forms of English news copy met in the third round of eval/written articles: plural anaphors
that name a group of officials, sub-bodies of international organisations (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, names, rels, run, said

_THREE = (
    "Swedish Foreign Minister Anna Berg, Belgian Foreign Minister Louis Petit and Polish Foreign"
    " Minister Marek Nowak arrived in Riga on Monday for talks on energy security."
)


# ---- a plural anaphor names the group of officials named before it -------------------------
@pytest.mark.parametrize(
    "between",
    [
        "",
        " The conference focused on gas supplies.",
        ' "We stand together," the statement said. "Our support is unwavering."',
    ],
)
def test_en_the_three_ministers_were_received_by(between):
    ex = run(
        f"{_THREE}{between}\n\nThe three ministers were received by President Rasa Kalnina.", "en"
    )
    for m in ("Anna Berg", "Louis Petit", "Marek Nowak"):
        assert frozenset({m, "Rasa Kalnina"}) in met(ex)


def test_en_the_group_also_holds_the_talks_of_the_next_clause():
    ex = run(
        f"{_THREE}\n\nThe three ministers were received by President Rasa Kalnina and held talks"
        " with Prime Minister Jonas Ozols.",
        "en",
    )
    for m in ("Anna Berg", "Louis Petit", "Marek Nowak"):
        assert frozenset({m, "Jonas Ozols"}) in met(ex)
    assert frozenset({"Rasa Kalnina", "Jonas Ozols"}) not in met(ex)


@pytest.mark.parametrize("subject", ["The two ministers", "Both leaders", "The two sides"])
def test_en_two_named_before_then_met_a_third(subject):
    ex = run(
        "Foreign Minister Sami Haddad of Jordan and Foreign Minister Karim Mensah of Ghana flew to"
        " Oslo on Sunday. The weather was cold.\n\n"
        f"{subject} were received by Prime Minister Erik Dahl at his office.",
        "en",
    )
    assert frozenset({"Sami Haddad", "Erik Dahl"}) in met(ex)
    assert frozenset({"Karim Mensah", "Erik Dahl"}) in met(ex)


# ---- an international body right before a sub-body's head: one agency, its parent ---------
@pytest.mark.parametrize(
    ("text", "body", "parent"),
    [
        (
            "The envoy met the Chairperson of the African Union Commission, Amadou Keita.",
            "African Union Commission",
            "African Union",
        ),
        (
            "The envoy met the head of the EU Mission in Georgia, Anna Lind, in Tbilisi.",
            "EU Mission in Georgia",
            "EU",
        ),
    ],
)
def test_en_international_body_then_commission_or_mission_is_one_agency(text, body, parent):
    ex = run(text, "en")
    agencies = names(ex, "Agency")
    assert body in agencies
    assert not {"Commission", "Mission", "EU Mission"} & agencies
    assert (body, parent) in rels(ex, "MEMBER_OF")
    official = "Amadou Keita" if "Keita" in text else "Anna Lind"
    assert (official, body) in rels(ex, "MEMBER_OF")


# ---- a relative clause, then an auxiliary, before the verb of saying -----------------------
@pytest.mark.parametrize(
    ("verb", "quote"),
    [
        ("has urged", "all sides to avoid violence"),
        ("had said", "the United States supports elections"),
        ("has also called for", "calm"),
        ("will stress", "the need for dialogue"),
    ],
)
def test_en_relative_clause_then_auxiliary_keeps_the_speaker(verb, quote):
    ex = run(
        f"US envoy Richard Hale, who visited Tripoli last month, {verb} {quote}.",
        "en",
    )
    assert any(sp == "Richard Hale" and q.startswith(quote) for sp, q in said(ex))


# ---- nested reporting: the inner speaker's statement only ----------------------------------
@pytest.mark.parametrize(
    "clause",
    [
        "The spokesman added that President Diallo stressed",
        "Kane said that the President had stressed",
        "Kane added that President Diallo had also stressed",
    ],
)
def test_en_reporter_of_another_speakers_statement_says_nothing_of_his_own(clause):
    ex = run(
        "President Amadou Diallo received Foreign Minister Clara Ruiz of Spain in Dakar.\n\n"
        f"Presidential spokesman Moussa Kane said the talks were frank. {clause} the need for a"
        " common approach to migration.",
        "en",
    )
    statements = said(ex)
    assert any(sp == "Amadou Diallo" and "common approach" in q for sp, q in statements)
    assert not any(sp == "Moussa Kane" and "common approach" in q for sp, q in statements)
    assert ("Moussa Kane", "the talks were frank") in statements


# ---- a first-person release: "I met X" outside quotes is its author's meeting --------------
@pytest.mark.parametrize(
    "header",
    [
        "Media release\nThe Hon Jane Tulloch MP, Minister for Trade\n\n",
        "Trade talks in Fiji\n\nBy Trade Minister Jane Tulloch\n\n",
        "Statement by Trade Minister Jane Tulloch\n\n",
    ],
)
@pytest.mark.parametrize("verb", ["I met", "I held talks with", "I also met", "We met with"])
def test_en_first_person_meeting_outside_quotes_is_the_authors(header, verb):
    ex = run(
        f"{header}This week I travelled to Suva for trade talks.\n\n"
        f"In Suva {verb} Prime Minister Ratu Koroi and Trade Minister Mere Vula.",
        "en",
    )
    assert frozenset({"Jane Tulloch", "Ratu Koroi"}) in met(ex)
    assert frozenset({"Jane Tulloch", "Mere Vula"}) in met(ex)


@pytest.mark.parametrize("subject", ["Both leaders", "The two presidents", "They"])
def test_en_plural_anaphor_then_their_meeting_links_the_earlier_pair(subject):
    ex = run(
        "President Ana Lopes of Portugal arrived in Hanoi on Monday for a state visit at the"
        " invitation of President Tran Van Binh.\n\n"
        f"{subject} witnessed the signing of three agreements after their meeting at the"
        " Presidential Palace.",
        "en",
    )
    assert frozenset({"Ana Lopes", "Tran Van Binh"}) in met(ex)
