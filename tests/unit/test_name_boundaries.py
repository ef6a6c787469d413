"""Where a person's name ends: a name goes on only with words that may be name words (a listed
name, a definite listed name or nisba, a particle chain, an initial; in English a capitalised word)
and stops at a definite common noun, a verbal noun, a word glued to a preposition, an adverb, a
verb, a function word or a title. Sentences written for these tests.

The Arabic rules of this kind (a verb-first sentence's object, a noun phrase after a name) were
taken back after they lowered the measuring half of dev2 (README, "Honesty note")."""

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import name_run
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import names, run


def name_at(text, first_word, lang="ar"):
    tg = Tagger(get_pipeline(lang)(text), load_lexicon(lang))
    i = next(t.i for t in tg.doc if t.text == first_word)
    m = name_run(tg, i)
    return m.text if m else None


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minister Samuel Smith urged restraint.", "Samuel Smith"),
        ("Minister Samuel J. Smith condemned the attack on Monday.", "Samuel J. Smith"),
        ("Minister Samuel Smith renewed calls for calm.", "Samuel Smith"),
    ],
)
def test_en_a_lower_case_word_never_joins_a_name(text, name):
    assert name_at(text, "Samuel", "en") == name
    assert names(run(text, "en"), "Official") == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Foreign Minister Samuel Smith Tuesday said the talks were useful.", "Samuel Smith"),
        ("Prime Minister Anna May said on Friday the talks were useful.", "Anna May"),
    ],
)
def test_en_a_weekday_after_a_name_ends_it_a_month_name_outside_a_date_does_not(text, name):
    first = name.split()[0]
    assert name_at(text, first, "en") == name


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("Ambassador Samuel Smith Presents Credentials To The President", "Samuel", "Samuel Smith"),
        ("Foreign Minister Samuel Smith Holds Talks In Nairobi", "Samuel", "Samuel Smith"),
        # a surname with the same ending before a lower-case verb stays
        ("Minister Mary Ann Hughes met the envoy on Monday.", "Mary", "Mary Ann Hughes"),
    ],
)
def test_en_a_headline_verb_after_a_name_ends_it(text, first, name):
    assert name_at(text, first, "en") == name
