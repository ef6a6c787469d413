"""Names that stand without a title next to them (English; sentences written for these tests).

A known given name followed by capitalised name words is a person's name where the sentence gives
it a role (an honorific before it, a meeting or statement cue in the sentence). The conventions
count a person as an Official only when the text gives a title: the full name is the official
whose surname (or full name) is titled elsewhere in the article; with no title anywhere it stays
no entity.
"""

from __future__ import annotations

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import person_names
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import met, names, run, said

MIN = "Foreign Minister Sameh Rashad"
SAYS = "said the talks went well."


def _persons(text: str) -> list[str]:
    doc = get_pipeline("en")(text)
    tg = Tagger(doc, load_lexicon("en"))
    return [m.text for m in person_names(tg, 0, len(doc))]


@pytest.mark.parametrize(
    "text, found",
    [
        (
            "The delegation met Margaret Holloway and Peter Lindqvist on Monday.",
            ["Margaret Holloway", "Peter Lindqvist"],
        ),
        ("The mayor received Mr Peter J. Lindqvist at noon.", ["Peter J. Lindqvist"]),
        ("Peter Lindqvist told reporters the talks went well.", ["Peter Lindqvist"]),
        ("The talks ended with Dr Margaret van Dijk of Leiden.", ["Margaret van Dijk"]),
        # no role in the sentence, no given name, a given name alone
        ("Peter Lindqvist is a common name in Uppsala.", []),
        ("Will Smith met the mayor in May.", []),
        ("The ministers met in Saint Petersburg on Monday.", []),
        ("The minister visited the Jordan Valley on Monday.", []),
        ("Peter said the talks went well.", []),
    ],
)
def test_person_names_need_a_given_name_a_surname_and_a_role(text, found):
    assert _persons(text) == found


def test_in_may_a_month_opens_no_name():
    assert _persons("In May Peter Lindqvist met the mayor.") == ["Peter Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        f"{MIN} met Peter Lindqvist in Cairo. Lindqvist, the Swedish envoy, {SAYS}",
        f"{MIN} met Peter Lindqvist in Cairo. Swedish envoy Lindqvist {SAYS}",
        f"{MIN} received Mr Peter Lindqvist in Cairo. Ambassador Lindqvist {SAYS}",
        f"{MIN} met Peter Lindqvist, the Swedish envoy, in Cairo. Lindqvist {SAYS}",
    ],
)
def test_full_name_joins_its_titled_surname(text):
    ex = run(text, "en")
    assert names(ex, "Official") == {"Sameh Rashad", "Peter Lindqvist"}
    assert frozenset({"Sameh Rashad", "Peter Lindqvist"}) in met(ex)
    assert ("Peter Lindqvist", "the talks went well") in said(ex)


def test_middle_initial_and_surname_mentions_resolve():
    ex = run(
        f"{MIN} met Margaret J. Holloway in London. Holloway, the British envoy, said the talks "
        "went well. Ms Holloway added that more talks would follow.",
        "en",
    )
    assert "Margaret J. Holloway" in names(ex, "Official")
    assert [q for s, q in said(ex) if s == "Margaret J. Holloway"] == [
        "the talks went well",
        "more talks would follow",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no title anywhere: a private person, a journalist, an honorific alone
        "The Foreign Minister met Margaret Holloway and Peter Lindqvist in Cairo.",
        "Peter Lindqvist told reporters the talks went well. Lindqvist said more would follow.",
        f"{MIN} received Mr Peter Lindqvist in Cairo. Lindqvist {SAYS}",
        f"{MIN} told journalist Peter Lindqvist that the talks went well.",
    ],
)
def test_an_untitled_person_is_no_official(text):
    assert not names(run(text, "en"), "Official") - {"Sameh Rashad"}


def test_apposition_after_a_comma_and_article_needs_a_closed_title():
    # "X, the president said": the title opens the next clause, X is not the president
    ex = run(f"{MIN} met Peter Lindqvist in Cairo, the president said.", "en")
    assert "Peter Lindqvist" not in names(ex, "Official")


@pytest.mark.parametrize(
    "text",
    [
        f"{MIN} met the envoy on Margaret Street, the ministry said.",
        f"{MIN} visited the Jordan Valley, the minister's office said.",
        f"{MIN} met officials in Saint Petersburg, the Swedish envoy, Peter said.",
        "Will Smith, the actor, met Ambassador Peter Lindqvist in Cairo.",
    ],
)
def test_places_streets_and_actors_are_no_officials(text):
    found = names(run(text, "en"), "Official")
    assert not {"Margaret Street", "Jordan Valley", "Saint Petersburg", "Will Smith"} & found
