"""English subjects separated from their say verb by an aside, and a pronoun subject with an
adverb ("he also noted") (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import run, said

QUOTE = "the talks were constructive"


@pytest.mark.parametrize(
    "aside",
    [
        "speaking at a joint press conference with Danish Foreign Minister Anna Berg",
        "who met Danish Foreign Minister Anna Berg on Monday",
        "after his talks with Danish Foreign Minister Anna Berg",
    ],
)
def test_the_subject_before_an_aside_speaks_not_the_party_inside(aside):
    ex = run(f"Foreign Minister Karim Haddad, {aside}, said {QUOTE}.", "en")
    assert said(ex) == [("Karim Haddad", QUOTE)]


def test_together_with_in_an_aside_makes_both_speak():
    ex = run(
        f"Foreign Minister Karim Haddad, together with Danish Foreign Minister Anna Berg, said "
        f"{QUOTE}.",
        "en",
    )
    assert {sp for sp, _q in said(ex)} == {"Karim Haddad", "Anna Berg"}


def test_a_fronted_phrase_is_no_aside():
    ex = run(
        f"During his talks with Danish Foreign Minister Anna Berg, Foreign Minister Karim Haddad "
        f"said {QUOTE}.",
        "en",
    )
    assert said(ex) == [("Karim Haddad", QUOTE)]


@pytest.mark.parametrize("adverb", ["also", "further"])
def test_pronoun_and_an_adverb_carry_the_speaker(adverb):
    ex = run(
        "Foreign Minister Karim Haddad noted that the border had reopened. "
        f"He {adverb} pointed out that more aid was needed.",
        "en",
    )
    assert said(ex) == [
        ("Karim Haddad", "the border had reopened"),
        ("Karim Haddad", "more aid was needed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Karim Haddad met Danish Foreign Minister Anna Berg, during which he "
        "stressed the importance of open borders.",
        "Foreign Minister Karim Haddad gave a lecture in which he stressed the importance of open "
        "borders.",
    ],
)
def test_a_pronoun_in_the_first_sentence_is_its_subject(text):
    assert said(run(text, "en")) == [("Karim Haddad", "the importance of open borders")]
