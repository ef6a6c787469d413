"""Caches of the extraction hot path: identity keys per vocabulary entry, pair keys, and the
per-language structures built once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from graphbuild.lang import load_lexicon
from graphbuild.nlp import tagger as tagger_module
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger, token_keys
from graphbuild.sources import read_articles
from graphbuild.text import KEY_CACHE, normalize_key

LANGS = ("ar", "en")
ROOT = Path(__file__).resolve().parents[2]


def _lexicon_words(lang: str) -> list[str]:
    lex = load_lexicon(lang)
    forms = set(lex.surface.values()) | set(lex.all_forms()) | set(lex.names) | lex.stopwords
    return sorted({w for f in forms for w in f.split()})


@pytest.mark.parametrize("lang", LANGS)
def test_cached_keys_are_normalize_key_of_every_lexicon_word(lang: str) -> None:
    words = _lexicon_words(lang)
    assert len(words) > 1000
    for _ in range(2):  # the second time every key comes from the cache
        doc = Doc(get_pipeline(lang).vocab, words=words)
        assert token_keys(doc) == [normalize_key(w) for w in words]


@pytest.mark.parametrize("lang", LANGS)
def test_vocabulary_keys_leave_the_key_cache_alone(lang: str) -> None:
    """Each new vocabulary entry's key is made once and kept by the vocabulary's index: the
    bounded cache of normalize_key (kept for names and titles that repeat) does not take it."""
    words = [f"unseenword{i}" for i in range(300)]  # entries no other test makes
    before = normalize_key.cache_info()
    doc = Doc(get_pipeline(lang).vocab, words=words)
    assert token_keys(doc) == words
    after = normalize_key.cache_info()
    assert (after.misses, after.currsize) == (before.misses, before.currsize)
    assert after.maxsize == KEY_CACHE <= 1 << 14


TRICKY = ["Ḥaddād", "É.", "x", "-", "ـ", "\u064b", "ﻻ", "ﬁ", "Σ", "ς", "İ", "²", "’s", "(", "a_b"]


@pytest.mark.parametrize("lang", LANGS)
def test_pair_keys_are_normalize_key_of_the_pair(lang: str) -> None:
    """Every pair of neighbouring tokens of the dev articles, and tricky characters (accents,
    diacritics, ligatures, final sigma, combining marks): joined keys = the pair's key."""
    nlp = get_pipeline(lang)
    folders = [str(ROOT / "eval" / d / "articles") for d in ("dev", "dev2")]
    texts = [a.full_text for a in read_articles(folders) if a.lang == lang]
    texts.append(" ".join(a + " " + b for a in TRICKY for b in TRICKY))
    texts.append("".join(a + b for a in TRICKY for b in TRICKY))
    checked = 0
    for text in texts:
        doc = nlp(text)
        tg = Tagger(doc, load_lexicon(lang))
        for i in range(len(doc)):
            assert tg.pair_key(i) == normalize_key(doc[i : i + 2].text), doc[i : i + 2].text
            checked += 1
    assert checked > 5000


def test_per_language_structures_are_built_once() -> None:
    """The pipeline, the phrase matcher and the month tables of a language are made for the first
    article and reused for the next ones."""
    lex = load_lexicon("en")
    first = Tagger(get_pipeline("en")("Foreign Minister Sami Adel met him in May."), lex)
    built = dict(tagger_module._MATCHERS)
    second = Tagger(get_pipeline("en")("The Prime Minister left on 3 May."), lex)
    assert get_pipeline("en") is get_pipeline("en")
    assert built == tagger_module._MATCHERS
    matcher = tagger_module._phrase_matcher(lex, first.doc.vocab)
    assert tagger_module._phrase_matcher(lex, second.doc.vocab)[0] is matcher[0]
    assert tagger_module._month_firsts("en") is tagger_module._month_firsts("en")
    assert second.months, "the month tables still find 'May'"
