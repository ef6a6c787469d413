"""The Tagger's native copies of the profile's word lists and properties are the profile's own."""

from __future__ import annotations

import pytest

from graphbuild.lang import SUPPORTED_LANGS, load_lexicon, load_profile
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

TEXTS = {"en": "The minister of state met the ambassadors.", "ar": "التقى الوزير بالسفراء."}


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_copies_are_the_profiles(lang: str) -> None:
    p = load_profile(lang)
    tg = Tagger(get_pipeline(lang)(TEXTS[lang]), load_lexicon(lang), p)
    W = p.words
    assert tg.head_initial is p.head_initial
    assert tg.stop_words is p.stop_words
    assert tg.genitives is W.genitive
    assert tg.posted_to is W.posted_to
    assert tg.conjunctions is W.conjunction
    assert tg.plural_titles is W.plural_title
    assert tg.possessives is W.possessive
    assert tg.place_nouns is W.place_noun
    assert tg.name_particles is W.name_particle
    assert tg.with_names(frozenset()).genitives is W.genitive  # a copy keeps them


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_is_definite_is_the_profiles(lang: str) -> None:
    p = load_profile(lang)
    tg = Tagger(get_pipeline(lang)(TEXTS[lang]), load_lexicon(lang), p)
    words = [*tg.norms, "", p.definite_prefix, p.definite_prefix + "x", p.definite_prefix + "xy"]
    assert [tg.is_definite(w) for w in words] == [p.is_definite(w) for w in words]
    assert [tg.is_def(i) for i in range(len(tg.norms))] == [p.is_definite(w) for w in tg.norms]
    if p.definite_prefix:
        assert any(tg.is_definite(w) for w in words)
