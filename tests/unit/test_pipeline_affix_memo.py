"""The tokenizer's affix searches remember their answer per string (``AffixMemo``): the tokens are
those of the searches themselves, whatever was seen before."""

from __future__ import annotations

import pickle
import random

import pytest
from spacy.tokenizer import Tokenizer

from graphbuild.nlp import pipeline
from graphbuild.nlp.pipeline import AffixMemo, get_pipeline

_PIECES = [
    "a",
    "U",
    "S",
    ".",
    "..",
    "-",
    "'s",
    "n't",
    "(",
    ")",
    '"',
    "«",
    "»",
    "،",
    "؟",
    ":",
    "10",
    "km",
    "$",
    "%",
    "و",
    "ال",
    "وزير",
    "بال",
    "ـ",
    "\u064e",
    "/",
    "…",
    "’",
]


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [
            "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
            for _ in range(rng.randint(1, 8))
        ]
        out.append(" ".join(words))
    return out


def _plain(tok: Tokenizer) -> Tokenizer:
    """The same tokenizer with the searches themselves (no memo)."""
    for search in (tok.prefix_search, tok.suffix_search, tok.infix_finditer):
        assert isinstance(search, AffixMemo)
    return Tokenizer(
        tok.vocab,
        rules=tok.rules,
        prefix_search=tok.prefix_search.search,
        suffix_search=tok.suffix_search.search,
        infix_finditer=tok.infix_finditer.search,
        token_match=tok.token_match,
        url_match=tok.url_match,
    )


def _words(tok: Tokenizer, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in tok(text)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_memo_tokens_are_the_searches_tokens(lang: str) -> None:
    """Random runs of letters, affixes, clitics, marks and punctuation, each text tokenised twice
    (the second time every word's answers are remembered): the tokens of the plain searches."""
    tok = get_pipeline(lang).tokenizer
    plain = _plain(tok)
    for text in _texts(7, 400):
        expected = _words(plain, text)
        assert _words(tok, text) == expected, text
        assert _words(tok, text) == expected, text


def test_memo_is_bounded_and_still_right(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its bound a memo starts again; its answers are the search's all the same."""
    monkeypatch.setattr(pipeline, "MEMO_WORDS", 5)
    search = get_pipeline("en").tokenizer.suffix_search.search
    memo = AffixMemo(search)
    words = [f"w{k}{end}" for k in range(40) for end in ("", ".", ")", "'s")]
    for w in words * 2:
        found, expected = memo(w), search(w)
        assert (found and found.span()) == (expected and expected.span()), w
        assert len(memo) <= 5


def test_infix_answers_are_listed() -> None:
    """An infix memo keeps its matches as a tuple (the tokenizer lists them)."""
    memo = get_pipeline("en").tokenizer.infix_finditer
    got = memo("self-made-man")
    assert isinstance(got, tuple)
    assert [m.group() for m in got] == ["-", "-"]
    assert memo("self-made-man") is got


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_memo_pickles_as_its_search_and_serialises(lang: str) -> None:
    """A pickled memo is an empty one on the same search; the tokenizer still serialises (spaCy
    writes a search's pattern) and a pickled tokenizer gives the same tokens."""
    tok = get_pipeline(lang).tokenizer
    tok("a few words, (and more) for the memo.")
    memo = tok.suffix_search
    assert len(memo)
    copy = pickle.loads(pickle.dumps(memo))
    assert isinstance(copy, AffixMemo) and not copy
    assert copy.search.__self__.pattern == memo.search.__self__.pattern
    assert memo.__self__.pattern == memo.search.__self__.pattern
    assert tok.to_bytes()
    again = pickle.loads(pickle.dumps(tok))
    text = "U.S. officials' self-made (10km) «قال» والوزير."
    assert _words(again, text) == _words(tok, text)
