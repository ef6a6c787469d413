"""English constructions of the twentieth round (issue #10: government texts of many governments in
English): a ministry a title implies also named "<Country> Ministry of <portfolio>", a visit's
escort named after its meetings (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, run


# ---- an implied ministry: "Polish Ministry of Foreign Affairs" beside "Polish Foreign Ministry" ----
@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, "
            "in Oslo on Monday. She later received the Foreign Minister of Ukraine, Ivan Koval.",
            "Polish Ministry of Foreign Affairs",
        ),
        (
            "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, "
            "in Oslo on Monday. She later received the Foreign Minister of Ukraine, Ivan Koval.",
            "Ukrainian Ministry of Foreign Affairs",
        ),
        (
            "The Defence Minister of Chile, Rosa Vidal, met her Peruvian counterpart, Luis Campos, "
            "in Lima.",
            "Chilean Ministry of Defence",
        ),
    ],
)
def test_en_implied_ministry_is_also_named_ministry_of_its_portfolio(text, form):
    e = ent(run(text, "en"), form)
    assert e.type == "Agency"


def test_en_portfolio_adjective_takes_its_noun_in_the_ministry_of_form():
    ex = run(
        "Foreign Minister Karin Lund held talks with her Polish counterpart, Adam Wrona, in Oslo.",
        "en",
    )
    forms = {f for e in ex.entities if e.type == "Agency" for f in (e.name, *e.aliases)}
    assert "Polish Ministry of Foreign Affairs" in forms
    assert not any(f.endswith("Ministry of Foreign") for f in forms)


def test_en_ministry_is_also_named_by_the_short_country_name_the_text_uses():
    ex = run(
        "Foreign Minister Karin Lund received the Foreign Minister of the Kingdom of the "
        "Netherlands, Mr. Joost van Dam, in Oslo. Mr. van Dam said the Netherlands would "
        "double its support for the fund.",
        "en",
    )
    e = ent(ex, "Netherlands Ministry of Foreign Affairs")
    assert e.name == "Dutch Foreign Ministry"  # the adjective's form stays its name
    forms = {f for e in ex.entities for f in (e.name, *e.aliases)}
    assert not any(f.startswith("Kingdom of the Netherlands Ministry") for f in forms)


def test_en_other_bodies_take_no_country_name_qualifier():
    ex = run(
        "The President of Ghana, Kofi Mensah, met the chairman of the Ghanaian Investment "
        "Authority, Ama Owusu, in Accra. Ghana will host the summit.",
        "en",
    )
    forms = {f for e in ex.entities if e.type == "Agency" for f in (e.name, *e.aliases)}
    assert not any(f.startswith("Ghana ") for f in forms)


def test_en_new_zealand_is_its_own_adjective_before_a_ministry():
    ex = run(
        "Foreign Minister Karin Lund met Ms. Anna Berg, Minister of Foreign Affairs of New "
        "Zealand, in Oslo on Friday.",
        "en",
    )
    e = ent(ex, "New Zealand Ministry of Foreign Affairs")
    assert not any("New Zealander" in f for f in (e.name, *e.aliases))


# ---- "The Minister was accompanied by X and Y." after the meetings: at each of them ----
_TOUR = (
    "Foreign Minister of Ruritania visits Vienna and Prague\n"
    "The Foreign Minister of Ruritania, Karl Ost, was received by President Anna Berg in Vienna "
    "on Monday. He then held talks with his counterpart, Foreign Minister Peter Lind.\n"
    "In Prague, Ost met with the Prime Minister of the Czech Republic, Jan Novak.\n"
)


def test_en_closing_escort_meets_each_meeting_of_the_one_escorted():
    ex = run(
        _TOUR + "The Minister was accompanied by Ms Eva Holm, Ambassador of Ruritania to "
        "Austria, and by Mr Tom Dahl, Director for Europe at the Ministry.",
        "en",
    )
    pairs = met(ex)
    for escort in ("Eva Holm", "Tom Dahl"):
        for host in ("Anna Berg", "Peter Lind", "Jan Novak"):
            assert frozenset((escort, host)) in pairs
    assert frozenset(("Eva Holm", "Tom Dahl")) not in pairs


def test_en_escort_who_attended_one_meeting_meets_that_one_only():
    ex = run(
        _TOUR + "The Minister was accompanied by Ms Eva Holm, Ambassador of Ruritania to "
        "Austria, who also attended the talks in Prague.",
        "en",
    )
    pairs = met(ex)
    assert frozenset(("Eva Holm", "Anna Berg")) not in pairs


def test_en_joined_by_after_a_meeting_joins_that_meeting_only():
    ex = run(
        _TOUR + "The Minister was joined by the Ambassador of Ruritania to the Czech Republic, "
        "Eva Holm.",
        "en",
    )
    pairs = met(ex)
    assert frozenset(("Eva Holm", "Jan Novak")) in pairs
    assert frozenset(("Eva Holm", "Anna Berg")) not in pairs
