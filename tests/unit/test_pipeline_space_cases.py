"""The pipeline's tokenizer has no whitespace special cases (they turned spaCy's word cache off
for the rest of a document): its tokens are those of the same tokenizer with them."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from graphbuild.lang import load_profile
from graphbuild.nlp.pipeline import AffixMemo, get_pipeline

_SPACES = [" ", "  ", "\n", "\n\n", "\t", "\xa0", "\r\n", "\u2009", "\u3000", " \n ", "\n\t"]
_WORDS = [
    "Dr.",
    "(Dr.",
    "Dr.,",
    "It’s",
    "U.S.",
    "said",
    "talks.",
    "«قال»",
    "والوزير",
    "ج.",
    "—",
    "(",
    ")",
    '"',
    "10",
    "self-made",
    "n't",
    ".",
]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(_WORDS) if rng.random() < 0.6 else rng.choice(_SPACES))
            if rng.random() < 0.7:
                parts.append(" ")
        out.append("".join(parts))
    return out


def _with_space_cases(tok: Tokenizer, lang: str) -> Tokenizer:
    """The same tokenizer with spaCy's whitespace special cases put back (ORTH only, as the
    pipeline keeps its special cases)."""
    blank = spacy.blank(load_profile(lang).spacy_lang).tokenizer.rules or {}
    spaces = {text: [{"ORTH": text}] for text in blank if text.isspace()}
    assert spaces, "spaCy has whitespace special cases (else this test tests nothing)"
    searches = [tok.prefix_search, tok.suffix_search, tok.infix_finditer]
    assert all(isinstance(s, AffixMemo) for s in searches)
    return Tokenizer(
        tok.vocab,
        rules={**(tok.rules or {}), **spaces},
        prefix_search=tok.prefix_search.search,
        suffix_search=tok.suffix_search.search,
        infix_finditer=tok.infix_finditer.search,
        token_match=tok.token_match,
        url_match=tok.url_match,
    )


def _words(tok: Tokenizer, text: str) -> list[tuple[str, str, int]]:
    return [(t.text, t.whitespace_, t.idx) for t in tok(text)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_space_special_cases(lang: str) -> None:
    rules = get_pipeline(lang).tokenizer.rules or {}
    assert not [text for text in rules if text.isspace()]
    assert "Dr." in rules or lang == "ar"  # the other special cases stay


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tokens_are_those_with_space_cases(lang: str) -> None:
    """Random runs of words, special cases and whitespace (line breaks, tabs, no-break spaces),
    each text tokenised twice (the second time from the word cache): the tokens, their
    whitespace and offsets of the tokenizer with the whitespace special cases."""
    tok = get_pipeline(lang).tokenizer
    ref = _with_space_cases(tok, lang)
    for text in _texts(11, 500):
        expected = _words(ref, text)
        assert _words(tok, text) == expected, repr(text)
        assert _words(tok, text) == expected, repr(text)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_line_break_is_one_token(lang: str) -> None:
    doc = get_pipeline(lang)("Headline\nDr. Karim Haddad met\n\nthe envoy.")
    assert [t.text for t in doc][:2] == ["Headline", "\n"]
    assert "\n\n" in [t.text for t in doc]
