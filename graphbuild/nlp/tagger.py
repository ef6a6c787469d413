"""Stage 1 of extraction: lexicon hits, month names and dates in a tokenised article.

:class:`Tagger` runs spaCy's ``PhraseMatcher`` on token NORMs with every
lexicon form (agency heads, titles, country forms, relation cues) and keeps the
longest match at each position, left to right (on a tie, agency > title >
country > cue). In a cased language a hit other than a cue must start with a
capital, except agency heads that stand lower-case (``lower_head`` words) and a
title after the article, another hit or a capitalised word ("the prime
minister", "Qatari prime minister").

The ``MONTH`` patterns of ``lang/<code>/patterns.jsonl`` (spaCy ``Matcher`` token
patterns) find month names: a month name next to a number (a day or a year) is a
date. When every pattern is a plain sequence of ``NORM`` sets, they are matched in
Python on the NORM list the tagger reads anyway; spaCy's ``Matcher`` runs any other
pattern. Measured on eval/dev + eval/dev2 + seeds (72 articles, 5 passes, 3 runs):
the ``Matcher`` took 0.09-0.14 s, the Python match 0.01 s beyond the NORM list,
with identical spans on every article.

Measured on eval/dev + eval/dev2 + seeds, 5 times (360 articles, 89k tokens;
best of 5 runs): the former hand-written longest-match loop took 0.28-0.31 s, the
PhraseMatcher with the same greedy selection 0.13-0.14 s, with identical hits
on every article, so the PhraseMatcher is used.
"""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, product
from operator import itemgetter
from typing import Any

import numpy
from mypy_extensions import mypyc_attr
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM  # type: ignore[import-not-found]
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from ..lang import (
    GENERIC_TITLE,
    LICENCE_COUNTRY,
    LICENCE_ADJECTIVE,
    LICENCE_GENITIVE,
    LICENCE_NAMED,
    LICENCE_ROLE,
    Lexicon,
    Profile,
    load_profile,
)
from ..text import normalize_key
from .pipeline import COLUMNS_KEY, WORD_COLUMNS, WordTable, word_table
from .values import quick_init

__all__ = [
    "Hit",
    "Tagger",
    "HIT_KINDS",
    "TokenWords",
    "doc_text",
    "remember_text",
    "month_and_date_tokens",
    "span_text",
    "token_keys",
    "token_words",
]

HIT_KINDS = ("agency", "title", "country", "cue")  # priority on a tie
_MEMBER_ROLE = "member"  # the titles tables' role of a member of a body (a schema value)
_MAX_WORDS = 8  # the longest lexicon phrase matched, in words (a longer row is never found)
_CAPS_LINE_WORDS = 2  # the words near an acronym, all in capitals, showing a line in capitals


# title classes that govern a head licensed by a role (``Lexicon.licensed_heads``) right after them
_GOVERNING_CLASSES = ("role", "modifier", "adjective")
_AFFILIATED_REACH = 5  # field words between a unit's head and "affiliated to"


@dataclass(frozen=True)
class Hit:
    """A lexicon phrase at tokens ``start:end``: its table, NORM key and row (made as the values of
    :mod:`.values` are: compiled, by its own ``__init__``; interpreted, by :func:`quick_init`)."""

    kind: str  # agency | title | country | cue
    start: int
    end: int
    key: str
    info: tuple[Any, ...]

    def __init__(self, kind: str, start: int, end: int, key: str, info: tuple[Any, ...]) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "info", info)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Hit, (self.kind, self.start, self.end, self.key, self.info))


quick_init(Hit)


def _tables(lex: Lexicon) -> tuple[tuple[str, dict], ...]:
    return (
        ("agency", lex.agencies),
        ("title", lex.titles),
        ("country", lex.countries),
        ("cue", lex.cues),
    )


@dataclass(frozen=True)
class _Patterns:
    """The lexicon's PhraseMatcher on NORM: one label per kind (its match id → kind and priority),
    the table key of each kind's phrase (by its words), and a label for the month names
    (``month``: its match id, 0 when the month patterns are left to the token Matcher)."""

    matcher: PhraseMatcher
    kinds: dict[int, tuple[str, int]]
    keys: dict[tuple[str, tuple[str, ...]], str]
    month: int


_MATCHERS: dict[tuple[int, int], tuple[Lexicon, Vocab, _Patterns]] = {}
# punctuation a lexicon form may have inside it ("U.S.", "Secretary-General", "Foreign,
# Commonwealth and Development Office", "Foreign, Commonwealth & Development Office", "Trinidad
# & Tobago"): the matcher found the form's own, so a hit may span it
_JOINING_PUNCT = frozenset((".", "-", ",", "&", "\u060c"))
_MONTH = "MONTH"


def _pattern_doc(vocab: Vocab, words: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    for tok, word in zip(doc, words, strict=True):
        tok.norm_ = word
    return doc


def _phrase_matcher(lex: Lexicon, vocab: Vocab) -> tuple[PhraseMatcher, _Patterns]:
    """One PhraseMatcher on NORM per lexicon and vocabulary (built once), and the table key of each
    pattern; with the month names when their patterns are NORM sets (:func:`_month_sets`).
    (A label per phrase would name the key in the match, but the matcher then runs slower than
    the lookup of the matched words: 75-95 against 42-55 microseconds a doc, inside extraction.)

    A form (as written in its table) is cut into tokens by the language's tokenizer, as an article
    is ("Secretary-General" is three tokens, "U.S." one), so a form with a hyphen or a period
    matches the article's tokens. Of the forms of one kind that fold to the same words, the first
    is the key.
    """
    cached = _MATCHERS.get((id(lex), id(vocab)))
    if cached is not None and cached[0] is lex and cached[1] is vocab:
        return cached[2].matcher, cached[2]
    from .pipeline import get_pipeline

    tokenizer = get_pipeline(lex.lang).tokenizer
    fold = load_profile(lex.lang).fold
    matcher = PhraseMatcher(vocab, attr="NORM")
    keys: dict[tuple[str, tuple[str, ...]], str] = {}
    maxlen = min(lex.max_len(), _MAX_WORDS)
    for kind, table in _tables(lex):
        docs = []
        for key in table:
            words = [fold(t.text) for t in tokenizer(lex.surface.get(key, key))] if key else []
            if not words or len(key.split()) > maxlen:
                continue
            keys.setdefault((kind, tuple(words)), key)
            docs.append(_pattern_doc(vocab, words))
        matcher.add(kind, docs)
    kinds = {vocab.strings.add(kind): (kind, n) for n, kind in enumerate(HIT_KINDS)}
    month = _add_months(matcher, lex.lang, vocab)
    patterns = _Patterns(matcher, kinds, keys, month)
    _MATCHERS[(id(lex), id(vocab))] = (lex, vocab, patterns)
    return matcher, patterns


def _add_months(matcher: PhraseMatcher, lang: str, vocab: Vocab) -> int:
    """The MONTH patterns as phrases (every sequence of their NORM sets): their match id, or 0 when
    a pattern is not so simple."""
    sets = _month_sets(lang)
    if sets is None:
        return 0
    docs = [_pattern_doc(vocab, list(words)) for p in sets for words in product(*map(sorted, p))]
    matcher.add(_MONTH, docs)
    return vocab.strings.add(_MONTH)


@lru_cache(maxsize=None)
def _month_matcher(lang: str, vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for label, _id, pattern in load_profile(lang).patterns:
        if label == "MONTH":
            matcher.add(label, [list(pattern)])
    return matcher


def _norm_sets(pattern: tuple[dict[str, Any], ...]) -> tuple[frozenset[str], ...] | None:
    """A pattern of NORM tests only (a value, or a set membership) as one set per token.

    The Matcher's set-membership operator is its only two-letter one (the others: NOT_IN,
    IS_SUBSET…).
    """
    out = []
    for token in pattern:
        norm = token.get("NORM") if set(token) == {"NORM"} else None
        ops = list(norm.items()) if isinstance(norm, dict) else []
        if isinstance(norm, str):
            out.append(frozenset((norm,)))
        elif len(ops) == 1 and len(ops[0][0]) == 2 and isinstance(ops[0][1], list):
            out.append(frozenset(ops[0][1]))
        else:
            return None
    return tuple(out) if out else None


@lru_cache(maxsize=None)
def _month_sets(lang: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """The MONTH patterns as NORM sets (matched in Python, no Matcher call), or None when one is
    not so simple."""
    sets = [
        _norm_sets(pattern)
        for label, _id, pattern in load_profile(lang).patterns
        if label == "MONTH"
    ]
    if any(x is None for x in sets):
        return None
    return tuple(x for x in sets if x is not None)


@lru_cache(maxsize=None)
def _month_firsts(lang: str) -> frozenset[str]:
    """The NORMs a MONTH pattern may start with (built once per language)."""
    return frozenset().union(*(p[0] for p in _month_sets(lang) or ()))


def _month_spans(doc: Doc, profile: Profile, norms: list[str] | None) -> list[tuple[int, int]]:
    sets = _month_sets(profile.code)
    if sets is None or norms is None:
        return [(start, end) for _label, start, end in _month_matcher(profile.code, doc.vocab)(doc)]
    firsts = _month_firsts(profile.code)
    n = len(norms)
    spans = []
    for i, norm in enumerate(norms):
        if norm not in firsts:
            continue
        for p in sets:
            end = i + len(p)
            if end <= n and all(norms[i + k] in p[k] for k in range(len(p))):
                spans.append((i, end))
    return spans


def month_and_date_tokens(
    doc: Doc,
    profile: Profile,
    norms: list[str] | None = None,
    like_num: list[bool] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of month names, and of dates: a month name next to a number (a day or a year).

    ``norms`` and ``like_num`` (the doc's token NORMs and LIKE_NUM flags, read once) spare the
    Token accesses; ``spans`` are the month names' ``(start, end)`` when found already.
    """
    months: set[int] = set()
    dates: set[int] = set()
    num = like_num if like_num is not None else [t.like_num for t in doc]
    for start, end in _month_spans(doc, profile, norms) if spans is None else spans:
        months.update(range(start, end))
        if end < len(doc) and num[end]:
            dates.update(range(start, end + 1))
        if start > 0 and num[start - 1]:
            dates.update(range(start - 1, end))
    return frozenset(months), frozenset(dates)


# doc.user_data keys
_TEXT_KEY, _WORDS_KEY, _KEYS_KEY = "graphbuild.text", "graphbuild.words", "graphbuild.keys"
_WORD_ATTRS: list[int | str] = [
    "ORTH",
    "NORM",
    "SPACY",
    "LIKE_NUM",
    "IS_SPACE",
    "IS_PUNCT",
    "IS_ALPHA",
]
# … read by the vocabulary's indexes: the ids and whitespace from the doc, the flags (the last four
# of _WORD_ATTRS) from the word table
_INDEXED_ATTRS: list[int | str] = list(WORD_COLUMNS)
_WORD_FLAGS = (LIKE_NUM, IS_SPACE, IS_PUNCT, IS_ALPHA)
# ORTH/NORM id → its text: ids are hashes of the text, the same in every vocabulary, so one
# table serves all; it holds each word once, as a StringStore does
_STRINGS: dict[int, str] = {}
_KEYS: dict[int, str] = {}  # ORTH id → normalize_key of its text
# SPACY (0 or 1) → the token's trailing whitespace (an array: one indexing gives the whole list)
_SPACES = numpy.array(["", " "], dtype=object)


@dataclass(frozen=True)
class TokenWords:
    """A doc's token texts, NORMs, trailing whitespace and flags, as lists (index = token)."""

    orths: list[int]  # ORTH ids
    texts: list[str]
    norms: list[str]
    ws: list[str]
    like_num: list[bool]
    is_space: list[bool]
    is_punct: list[bool]
    is_alpha: list[bool]
    ids: list[int] | None = None  # the vocabulary's indexes (WordTable), when it has them


def _texts_of(vocab: Vocab, ids: list[int]) -> list[str]:
    """The strings of ``ids`` (a StringStore call once per id, a dict lookup after)."""
    return _looked_up(_STRINGS, ids, vocab.strings.__getitem__)


def _looked_up(table: dict[int, str], ids: list[int], make: Callable[[int], str]) -> list[str]:
    """``table[i]`` for each of ``ids``, those not in the table made (``make``) and kept first."""
    try:
        return list(map(table.__getitem__, ids))
    except KeyError:  # a new word: rare once the vocabulary has been seen
        for i in set(ids).difference(table):
            table[i] = make(i)
        return list(map(table.__getitem__, ids))


def token_keys(doc: Doc) -> list[str]:
    """:func:`~graphbuild.text.normalize_key` of each token's text, each vocabulary entry (ORTH id)
    normalised once (kept in ``doc.user_data``)."""
    keys = doc.user_data.get(_KEYS_KEY)
    if keys is None:
        words = token_words(doc)
        table = word_table(doc.vocab)
        if words.ids is not None and table is not None:
            keys = _picked(_index_keys(table), words.ids)
        else:  # token_words put the text of each of its ORTH ids in _STRINGS
            keys = _looked_up(_KEYS, words.orths, lambda orth: normalize_key(_STRINGS[orth]))
        doc.user_data[_KEYS_KEY] = keys
    return keys


_INDEX_KEYS: dict[int, tuple[WordTable, list[str]]] = {}


def _index_keys(table: WordTable) -> list[str]:
    """:func:`~graphbuild.text.normalize_key` of each entry of ``table``, by its index (made for
    the entries added since the last call)."""
    found = _INDEX_KEYS.get(id(table))
    if found is None or found[0] is not table:
        found = _INDEX_KEYS[id(table)] = (table, [])
    keys = found[1]
    if len(keys) < len(table.texts):
        # each entry once, kept here: not through normalize_key's cache, which it would fill
        keys.extend(map(normalize_key.__wrapped__, table.texts[len(keys) :]))
    return keys


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (kept in ``doc.user_data``; a doc's text never changes,
    retokenizing included)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        words = token_words(doc)
        text = doc.user_data[_TEXT_KEY] = "".join(
            chain.from_iterable(zip(words.texts, words.ws, strict=True))
        )
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text`` as ``doc``'s :func:`doc_text`: the text a pipeline made ``doc`` of is its
    text (spaCy's tokenizer loses no character, and a clitic split cuts a word into two tokens
    whose texts make the word), so it need not be joined again from the tokens."""
    doc.user_data[_TEXT_KEY] = text


def span_text(span: Span) -> str:
    """``span.text``, as a slice of the doc's text (no Token object per token)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_words(doc: Doc) -> TokenWords:
    """The token lists of ``doc``, read from ``Doc.to_array`` in one call (once per doc: kept in
    ``doc.user_data``, so read them only once the pipeline is done with the doc)."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = doc.user_data[_WORDS_KEY] = _read_words(doc)
    return words


def _read_words(doc: Doc) -> TokenWords:
    if not len(doc):
        return TokenWords([], [], [], [], [], [], [], [])
    table = word_table(doc.vocab)
    if table is not None:
        return _read_indexed(doc, table)
    arr = doc.to_array(_WORD_ATTRS)
    orth, norm = arr[:, 0].tolist(), arr[:, 1].tolist()
    like_num, space, punct, alpha = (arr[:, 3:] == 1).T.tolist()
    return TokenWords(
        orths=orth,
        texts=_texts_of(doc.vocab, orth),
        norms=_texts_of(doc.vocab, norm),
        ws=_SPACES[arr[:, 2]].tolist(),
        like_num=like_num,
        is_space=space,
        is_punct=punct,
        is_alpha=alpha,
    )


def _picked(seq: list[str], ids: list[int]) -> list[str]:
    """``[seq[i] for i in ids]`` in one C call."""
    return list(itemgetter(*ids)(seq)) if len(ids) > 1 else [seq[i] for i in ids]


def _read_indexed(doc: Doc, table: WordTable) -> TokenWords:
    """The token lists of a pipeline's doc, its strings read by the vocabulary's indexes; a token
    whose NORM is its own (a clitic split's rest) reads it by id. The columns are those the
    pipeline's sentence component read (``COLUMNS_KEY``), when it left them."""
    arr = doc.user_data.pop(COLUMNS_KEY, None)
    if arr is None or len(arr) != len(doc):
        arr = doc.to_array(_INDEXED_ATTRS)
    ids, orth = arr[:, 0].tolist(), arr[:, 1].tolist()
    norms = _picked(table.norms, ids)
    lexeme_norms = table.norm_ids_at(arr[:, 0])
    for i in numpy.flatnonzero(arr[:, 2] != lexeme_norms).tolist():
        norms[i] = _texts_of(doc.vocab, [int(arr[i, 2])])[0]
    flags = table.flags(doc.vocab, _WORD_FLAGS, arr[:, 0])
    like_num, space, punct, alpha = flags.astype(bool).T.tolist()
    return TokenWords(
        orths=orth,
        texts=_picked(table.texts, ids),
        norms=norms,
        ws=_SPACES[arr[:, 3]].tolist(),
        like_num=like_num,
        is_space=space,
        is_punct=punct,
        is_alpha=alpha,
        ids=ids,
    )


# compiled: copy.copy (with_names) needs serializable; with it, mypyc runs __init__ on a call
# from interpreted code only if interpreted subclasses are allowed (mypyc/mypyc#1172)
@mypyc_attr(serializable=True, allow_interpreted_subclasses=True)
class Tagger:
    """Lexicon hits of one doc, indexed by token position; read-only once built.

    ``name_norms`` holds the NORMs of officials' names (never part of an agency);
    :meth:`with_names` gives a copy that knows them.
    """

    def __init__(self, doc: Doc, lex: Lexicon, profile: Profile | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.P = profile or load_profile(lex.lang)
        self.W = self.P.words
        # the profile's definite article, for is_def (a native read, not a call of the profile's
        # method: the rules ask it for most tokens they look at)
        self._definite: str = self.P.definite_prefix
        # what the name rules read at most tokens, as native attributes (reading them off the
        # profile, which is no compiled class, is a generic attribute lookup each time)
        self.name_particles: frozenset[str] = self.W.name_particle
        self.unfolded_names: frozenset[str] = self.W.unfolded_name
        self.compound_names: bool = self.P.name_shape == "compound"
        # … and what the title and official rules read most, as native attributes too
        self.head_initial: bool = self.P.head_initial
        self.stop_words: frozenset[str] = self.P.stop_words
        self.genitives: frozenset[str] = self.W.genitive
        self.posted_to: frozenset[str] = self.W.posted_to
        self.conjunctions: frozenset[str] = self.W.conjunction
        self.plural_titles: frozenset[str] = self.W.plural_title
        self.possessives: frozenset[str] = self.W.possessive
        self.place_nouns: frozenset[str] = self.W.place_noun
        self.lang = lex.lang
        self.name_norms: frozenset[str] = frozenset()
        self._keys: list[str] | None = None  # token_keys(doc), read when first needed
        self.memo: object = None  # the entity stage's memo of this doc and hits (.memo)
        self._read_tokens(doc)
        candidates, months = self._candidates()
        self.months, self.dates = month_and_date_tokens(
            doc, self.P, self.norms, self.like_num, months
        )
        self.hits: dict[int, Hit] = self._tag(candidates)
        # the hits by their first token only (what at() reads: several hundred thousand calls
        # over a corpus of a few hundred articles)
        self._heads: dict[int, Hit] = {i: h for i, h in self.hits.items() if h.start == i}
        self._starts: dict[tuple[str, ...], list[int]] = {}
        self._by_kind: dict[str, list[int]] | None = None  # hit starts by kind, when first needed

    def _read_tokens(self, doc: Doc) -> None:
        """The token attributes the stages read, as lists (from the doc's arrays: no Token
        object)."""
        words = token_words(doc)
        self.texts: list[str] = words.texts
        self.norms: list[str] = words.norms
        self.ws: list[str] = words.ws
        self.like_num: list[bool] = words.like_num
        self.is_space: list[bool] = words.is_space
        self.is_punct: list[bool] = words.is_punct
        self.is_alpha: list[bool] = words.is_alpha

    def pair_text(self, i: int) -> str:
        """The text of tokens ``i:i + 2`` (as ``doc[i:i + 2].text``)."""
        if i + 1 >= len(self.texts):
            return self.texts[i] if i < len(self.texts) else ""
        return self.texts[i] + self.ws[i] + self.texts[i + 1]

    def pair_key(self, i: int) -> str:
        """``normalize_key(self.pair_text(i))``; with a space between the two tokens, their cached
        keys joined (the key folds character by character and a space starts a new character
        sequence for NFKC, so the result is the same); else the pair's key (``normalize_key``
        keeps the texts it saw last)."""
        if i + 1 < len(self.texts) and self.ws[i] == " ":
            keys = self._keys
            if keys is None:
                keys = self._keys = token_keys(self.doc)
            a, b = keys[i], keys[i + 1]
            return f"{a} {b}" if a and b else a or b
        return normalize_key(self.pair_text(i))

    def with_names(self, name_norms: frozenset[str]) -> "Tagger":
        other = copy.copy(self)
        other.name_norms = frozenset(name_norms)
        return other

    def _candidates(
        self,
    ) -> tuple[dict[int, list[tuple[int, int, str, str]]], list[tuple[int, int]] | None]:
        """Matches by start: (-length, kind priority, kind, key), best first; and the month
        names' spans, when the matcher finds them (else None)."""
        out: dict[int, list[tuple[int, int, str, str]]] = {}
        _matcher, patterns = _phrase_matcher(self.lex, self.doc.vocab)
        kinds, keys, month, norms = patterns.kinds, patterns.keys, patterns.month, self.norms
        months: list[tuple[int, int]] = []
        for match_id, start, end in patterns.matcher(self.doc):
            found = kinds.get(match_id)
            if found is None:
                if match_id == month:
                    months.append((start, end))
                continue
            kind, priority = found
            key = keys.get((kind, tuple(norms[start:end])))
            if key is not None:
                out.setdefault(start, []).append((start - end, priority, kind, key))
        for cands in out.values():
            cands.sort()
        return out, months if month and self.P.code == self.lang else None

    def _tag(self, candidates: dict[int, list[tuple[int, int, str, str]]]) -> dict[int, Hit]:
        """Longest lexicon match at each position, left to right."""
        lex, words, texts = self.lex, self.W, self.texts
        space, punct, caps = self.is_space, self.is_punct, self._caps
        tables = dict(_tables(lex))
        hits: dict[int, Hit] = {}

        # read at the candidates only (a few per sentence), not at every token
        def blocked(k: int) -> bool:
            return space[k] or (punct[k] and texts[k] not in _JOINING_PUNCT)

        def accept(i: int, length: int, kind: str, key: str) -> bool:
            # token i itself is not blocked (checked before)
            if kind == "agency" and key in lex.licensed_heads and not self._licensed(hits, i, key):
                return False  # a common word ("sector", "foreign") that names no body here
            if length > 1 and any(blocked(k) for k in range(i + 1, min(i + length, len(texts)))):
                return False
            if (kind == "country" and self._region_before(i)) or (
                kind == "agency"
                and length == 1
                and (
                    self._given_name_before_name(i)
                    or self._acronym_as_word(i, key)
                    or self._acronym_name_after_title(hits, i, key)
                )
            ):
                # "Latin America", "Central American": a region's name, no country; an agency's
                # one-word name that is a given name opening a person's name
                return False
            if kind == "title" and (
                self._members_of_body(hits, i)  # "the Chamber of Deputies": the body's name
                # "GCC member states", "Member States": no person's post
                or self._member_of_no_one(candidates, i + length, tables[kind][key])
            ):
                return False
            if kind == "cue" and self._capitalised_role_cue(candidates, i):
                return False  # "… included Member of the House X": the role, no cue
            if kind != "cue" and not caps(i) and not (kind == "agency" and key in words.lower_head):
                return kind == "title" and self._title_in_context(hits, i)
            return True

        pos = 0  # the first token after the last hit
        for i in sorted(candidates):
            if i < pos or blocked(i):
                continue
            for neg, _p, kind, key in candidates[i]:
                if accept(i, -neg, kind, key):
                    length = -neg
                    break
            else:
                continue
            val = tables[kind][key]
            if kind == "country":
                length = self._country_run(candidates, i, length, val[0])
            hit = Hit(kind, i, i + length, key, val if isinstance(val, tuple) else (val,))
            for j in range(i, i + length):
                hits[j] = hit
            pos = i + length
        return hits

    def _given_name_before_name(self, i: int) -> bool:
        """Cased: a one-word agency name written as a name (capital, then lower case), a listed
        given name, right before another listed name written so: a person's name (a news agency's
        short name that is also a woman's given name, then her father's), not the body."""
        texts, names = self.texts, self.lex.names
        return (
            self.P.cased
            and i + 1 < len(texts)
            and all(
                texts[k][:1].isupper() and texts[k][1:].islower() and self.norms[k] in names
                for k in (i, i + 1)
            )
        )

    def _acronym_name_after_title(self, hits: dict[int, Hit], i: int, key: str) -> bool:
        """Cased: a body's acronym (listed in capitals) written as a name, capital then lower case,
        right after a person's title and before another such word ("spokesperson Sana Mirza"): the
        holder's given name, not the body."""
        form, texts = self.lex.surface.get(key, ""), self.texts
        if not (self.P.cased and len(form) > 1 and form.isupper() and i + 1 < len(texts)):
            return False
        named = all(texts[k][:1].isupper() and texts[k][1:].islower() for k in (i, i + 1))
        title = next((h for h in hits.values() if h.end == i), None)
        return named and title is not None and title.kind == "title"

    def _acronym_as_word(self, i: int, key: str) -> bool:
        """Cased: a body's one-word name listed in capitals (an acronym) whose letters spell a
        function word of the language is the body only written in capitals; written otherwise
        ("who", or "Who" opening a sentence) it is that word; so too in a line written all in
        capitals, told by the words near it, all in capitals ("OFFICIALS WHO MET", "Q: WHO
        WILL …"); a capitalised acronym beside it ("the WHO EMRO office") keeps the body."""
        form, text = self.lex.surface.get(key, ""), self.texts[i]
        if not (self.P.cased and len(form) > 1 and form.isupper()):
            return False
        if self.norms[i] not in self.stop_words:
            return False
        if not text.isupper():
            return True
        # the words within two tokens on either side, punctuation skipped (a speaker's label
        # "QUESTION: WHO WILL …" has a colon on its left): two or more, all in capitals
        near = [
            self.texts[k]
            for k in (i - 2, i - 1, i + 1, i + 2)
            if 0 <= k < len(self.texts) and self.is_alpha[k]
        ]
        return len(near) >= _CAPS_LINE_WORDS and all(t.isupper() for t in near)

    def _region_before(self, i: int) -> bool:
        """Cased: a capitalised region word right before a continent's form that is also a
        country's ("Latin", "Central" before "America"): the two name a region. Before any other
        country form ("North Macedonian") the word is part of the country's own name."""
        return (
            self.P.cased
            and i > 0
            and self.norms[i] in self.W.region_country
            and self._caps(i - 1)
            and self.norms[i - 1] in self.W.region
        )

    def _member_of_no_one(
        self, candidates: dict[int, list[tuple[int, int, str, str]]], end: int, row: Any
    ) -> bool:
        """In a cased language, a generic "member" (a role that names no one alone) is a post only
        right before a person: a listed given name or another title ("Shura member Dr X", "council
        member Omar Y"); before any other word ("member states") it names no person."""
        if (
            not self.P.cased
            or not isinstance(row, tuple)
            or row[2:4] != (_MEMBER_ROLE, GENERIC_TITLE)
        ):
            return False
        if any(c[2] == "title" for c in candidates.get(end, ())) or (
            end < len(self.norms) and self.norms[end] in self.genitives
        ):
            return False
        return end >= len(self.norms) or not (
            self._caps(end) and self.is_alpha[end] and self.norms[end] in self.lex.names
        )

    def _capitalised_role_cue(
        self, candidates: dict[int, list[tuple[int, int, str, str]]], i: int
    ) -> bool:
        """Cased: a cue opening with a role's word, capitalised inside the sentence (after a word or
        a comma), is that role's style before its holder ("Member of the X Council Y Z"); written
        lower-case it stays the cue ("X, a member of the Y")."""
        return (
            self.P.cased
            and i > 0
            and self.texts[i][:1].isupper()
            and (self.is_alpha[i - 1] or self.texts[i - 1] == ",")
            and any(c[2] == "title" for c in candidates.get(i, ()))
        )

    def _country_run(
        self, candidates: dict[int, list[tuple[int, int, str, str]]], i: int, length: int, iso: str
    ) -> int:
        """A country form that a longer form of the same country overlaps and runs past ("the
        Republic of Korea" + "Korea the Southern"): one hit over both, the longest reading."""
        countries = self.lex.countries
        end = i + length
        for j in range(i + 1, end):
            for neg, _p, kind, key in candidates.get(j, ()):
                if kind == "country" and j - neg > end and countries[key][0] == iso:
                    if self.P.cased and not self._caps(j - neg - 1):
                        continue
                    end = j - neg
        return end - i

    def _caps(self, k: int) -> bool:
        """Token ``k`` is capitalised, not a letter, or of a language without case."""
        first = self.texts[k][:1]
        return not self.P.cased or first.isupper() or not first.isalpha()

    def _title_in_context(self, hits: dict[int, Hit], i: int) -> bool:
        """A lower-case title where its context makes it one: "the prime minister", "her
        counterpart", "and foreign minister Y", "Qatari prime minister", "State Department
        spokesman", "Sweden's foreign minister", "Putin's spokesman", "Maria Lopez, spokesperson
        for …", "X, a spokesman for …"; one lower-case adjective between the article (or a
        possessive) and the role ("the Ministry's official spokesperson")."""
        words, texts, norms, alpha = self.W, self.texts, self.norms, self.is_alpha
        caps = self._caps
        lead = words.article | words.possessive | words.conjunction
        return i > 0 and (
            norms[i - 1] in lead
            or (i - 1) in hits
            or (caps(i - 1) and alpha[i - 1])
            or (
                i > 1
                and texts[i - 1] in words.possessive_marker
                and ((i - 2) in hits or (caps(i - 2) and alpha[i - 2]))
            )
            or (i > 1 and texts[i - 1] == "," and alpha[i - 2] and caps(i - 2))
            or (self.abbreviation_before(i) and alpha[i - 2])
            or (i > 1 and norms[i - 1] in words.indefinite_article and texts[i - 2] == ",")
            or (
                i > 1
                and alpha[i - 1]
                and not self.like_num[i - 1]  # "the two presidents": a number, no post's style
                and (i - 1) not in hits
                and (norms[i - 2] in words.article or texts[i - 2] in words.possessive_marker)
            )
        )

    def _members_of_body(self, hits: dict[int, Hit], i: int) -> bool:
        """A plural title right after a body's head and a genitive ("Chamber of Deputies",
        "House of Councillors"): the members that name the body."""
        h = hits.get(i - 2) if i > 1 else None
        return (
            h is not None
            and h.kind == "agency"
            and h.end == i - 1
            and self.norms[i - 1] in self.W.genitive
            and self.norms[i] in self.plural_titles
        )

    def abbreviation_before(self, i: int) -> bool:
        """A body's abbreviation in brackets right before ``i`` ("the X Authority (XA) chief
        executive officer Y", "the X Fund (XF) Sultan Y"): two or more capitals, digits allowed."""
        texts = self.texts
        return (
            i > 2
            and texts[i - 1] == ")"
            and texts[i - 3] == "("
            and len(texts[i - 2]) > 1
            and texts[i - 2].isupper()
        )

    def _licensed(self, hits: dict[int, Hit], i: int, key: str) -> bool:
        """Where a head of ``Lexicon.licensed_heads`` names a body (``lang/<code>/agencies.tsv``):
        governed by a role, or a portfolio before a nisba that no noun precedes, or (a one-word
        head licensed by a genitive) with a genitive right after it."""
        licence = self.lex.licensed_heads[key]
        if licence == LICENCE_ROLE:
            return self._governed(hits, i) or self._affiliated_after(i)
        if licence == LICENCE_NAMED:
            return True  # a head anywhere; alone it is dropped where its mention is kept
        if licence == LICENCE_GENITIVE:
            return i + 1 < len(self.norms) and self.norms[i + 1] in self.genitives
        if licence == LICENCE_COUNTRY:
            return self._genitive_country(i)
        if licence == LICENCE_ADJECTIVE:
            return not self._qualifies_noun(hits, i)
        return self._clause_head(hits, i)

    def _genitive_country(self, i: int) -> bool:
        """A genitive right after ``i``, then a country's name (of up to four words) right after
        it, no article between: the head names that country's body. Not after a point of the
        compass (a place: "the West Bank of X"), nor before a continent's name that is also a
        country's (a private bank named for it)."""
        norms = self.norms
        if i + 2 >= len(norms) or norms[i + 1] not in self.genitives:
            return False
        if (i > 0 and norms[i - 1] in self.W.compass) or norms[i + 2] in self.W.region_country:
            return False
        for w in range(min(4, len(norms) - i - 2), 0, -1):
            c = self.lex.countries.get(" ".join(norms[i + 2 : i + 2 + w]))
            if c is not None and c[1] == "name":
                return True
        return False

    def _qualifies_noun(self, hits: dict[int, Hit], i: int) -> bool:
        """Right after a definite word that starts no hit (a noun of a body's field: "the affairs"),
        a definite head of the nisba shape is that noun's adjective ("the consular affairs"): two
        definite nouns side by side name no second body. A stop word or phrase break there (a day,
        "today" between the verb and its subject) is no noun the head could qualify."""
        k = i - 1
        return (
            k >= 0
            and k not in hits
            and self.is_alpha[k]
            and self.norms[k] not in self.lex.stopwords
            and self.norms[k] not in self.W.phrase_break
            and self.P.is_definite(self.norms[k])
            and self.P.is_definite(self.norms[i])
        )

    def _clause_head(self, hits: dict[int, Hit], i: int) -> bool:
        """A portfolio standing for its ministry: a country's nisba right after it, and a verb,
        "on behalf of" or the sentence's start right before it ("said the foreign, the French");
        right after "on behalf of" no noun is there for it to qualify, so no nisba is needed
        ("the spokeswoman on behalf of the foreign")."""
        if i > 0 and self.norms[i - 1] in self.W.on_behalf:
            return True
        nisba = self.lex.countries.get(self.norms[i + 1]) if i + 1 < len(self.norms) else None
        if nisba is None or nisba[1] not in ("nisba", "name"):
            return False  # "name": a nisba that is also the country's name (al-Saudiyya)
        before = hits.get(i - 1)
        return (
            self.doc[i].is_sent_start is True
            or self.norms[i - 1] in self.W.on_behalf
            or (before is not None and before.kind == "cue")
        )

    def _affiliated_after(self, i: int) -> bool:
        """A few plain words of its field after the head at ``i``, then "affiliated to" and a
        genitive ("the centre of diplomatic studies affiliated to-the ministry …"): a unit of a
        parent body, so the head names a body."""
        norms, n = self.norms, len(self.norms)
        for k in range(i + 1, min(i + _AFFILIATED_REACH + 1, n - 1)):
            if norms[k] in self.W.affiliated:
                return k > i + 1 and norms[k + 1] in self.genitives
            if not self.is_alpha[k] or norms[k] in self.W.phrase_break or self._in_the(k):
                return False
        return False

    def _in_the(self, k: int) -> bool:
        """A parent preposition glued to the article at ``k`` ("in-the-factory"): a new phrase,
        whose noun an "affiliated to" after it qualifies, not the head before it."""
        preps = tuple(self.W.parent_prep)
        clitics = [c for c in self.W.article_clitic if c.startswith(preps)]
        return bool(clitics) and self.norms[k].startswith(tuple(clitics))

    def _governed(self, hits: dict[int, Hit], i: int) -> bool:
        """A role right before ``i`` (or before a genitive clitic there) that implies no ministry
        governs the head at ``i``: "head of sector …", "the director general
        of-department …"; right before the head, a role in construct is indefinite ("the
        governor [visited] the unit …" is a verb's object)."""
        norms = self.norms
        clitic = i > 1 and norms[i - 1] in self.W.genitive
        k = i - 2 if clitic else i - 1
        h = hits.get(k) if k >= 0 else None
        return (
            h is not None
            and (clitic or not self.P.is_definite(norms[k]))
            and h.kind == "title"
            and h.end == k + 1
            and h.info[0] in _GOVERNING_CLASSES
            and not self._ministry_role(h.info[1])
        )

    def _ministry_role(self, agency: str) -> bool:
        """A role's agency column names a ministry (a minister's field is his ministry's)."""
        P = self.P
        return bool(agency) and (
            P.fold(P.ministry_head) in P.fold(agency)
            or self.lex.agencies.get(P.fold(agency)) == "ministry"
        )

    def at(self, i: int, kind: str | None = None) -> Hit | None:
        """The hit starting at ``i`` (of ``kind``)."""
        h = self._heads.get(i)
        if h is None or (kind is not None and h.kind != kind):
            return None
        return h

    def starts(self, kinds: tuple[str, ...], lo: int, hi: int) -> list[int]:
        """The starts of the hits of ``kinds`` in tokens ``lo:hi``, in order."""
        every = self._starts.get(kinds)
        if every is None:
            by_kind = self._starts_by_kind()
            every = sorted(chain.from_iterable(by_kind.get(k, ()) for k in set(kinds)))
            self._starts[kinds] = every
        return every[bisect_left(every, lo) : bisect_left(every, hi)]

    def _starts_by_kind(self) -> dict[str, list[int]]:
        """The starts of the hits of each kind, in order (one pass over the hits, kept with those
        of :meth:`starts`)."""
        found = self._by_kind
        if found is None:
            found = self._by_kind = {}
            for i, h in self.hits.items():
                if h.start == i:
                    found.setdefault(h.kind, []).append(i)
        return found

    def kind(self, i: int) -> str | None:
        """The kind of the hit covering ``i``."""
        h = self.hits.get(i)
        return h.kind if h else None

    def is_def(self, i: int) -> bool:
        """Token ``i`` carries the glued definite article (``Profile.is_definite``, from the
        article kept at init)."""
        return self.is_definite(self.norms[i])

    def is_definite(self, norm: str) -> bool:
        """``Profile.is_definite``, from the article kept at init (a native call)."""
        dp = self._definite
        return bool(dp) and norm.startswith(dp) and len(norm) > len(dp) + 1
