"""One spaCy pipeline per language, built on ``spacy.blank`` from the language's profile.

Components, in order:

* tokenizer fixes: no URL matching (``word.word`` is Arabic, not a URL), and the
  profile's ``infixes`` / ``prefixes`` / ``suffixes`` (quotes, Arabic punctuation,
  periods glued between words and a dash glued to a word are split); an initial
  (a letter of the profile's ``initials`` and a period) is one token, so it ends
  no sentence;
* ``graphbuild_norm``: token NORM = the profile's normaliser
  (:data:`graphbuild.text.NORMALISERS`), as a lexeme attribute;
* ``graphbuild_clitics`` (languages with ``proclitics``): splits a proclitic off
  only when what is left is a lexicon hit, so names are never cut; a proclitic
  ending in the contracted article (l + the article) gives the rest its article back;
  a word whose split may cut a name word stays whole inside a name (:class:`_NameGuard`);
* ``graphbuild_sentences``: spaCy's sentencizer rule with the profile's
  ``sentence_punct``, and a line break (the headline's, a paragraph's) always
  starts a sentence.

What depends on the word alone is computed once per vocabulary entry: its folded NORM and its
punctuation classes are spaCy lexeme attributes (set when spaCy makes the entry, as it sets its
own), its proclitic split is cached by ORTH id. The components read the doc as token arrays
(``Doc.to_array``) and write back with ``Doc.from_array``: no ``Token`` object is made.
"""

from __future__ import annotations

import threading
import unicodedata
from array import array
from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from typing import Any, cast

import numpy
import spacy
from mypy_extensions import mypyc_attr
from spacy.attrs import ID, IS_ALPHA, IS_PUNCT, IS_SPACE, NORM, ORTH  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.types import Ints2d

from ..lang import Lexicon, Profile, load_lexicon, load_profile, norm_form

__all__ = ["get_pipeline", "split_clitic", "PROCLITICS", "WordTable", "word_table"]

# kept for old imports: the proclitics are a field of each language's profile
# (lang/<code>/profile.toml)
PROCLITICS = load_profile("ar").proclitics


def split_clitic(
    text: str, known: set[str], profile: Profile | None = None
) -> tuple[str, str, str] | None:
    """``(clitic, rest_text, rest_norm)`` when ``text`` is a proclitic + a known form.

    A proclitic ending in the definite article keeps the article on the rest; one
    ending in the contracted article (l + the article, its alef dropped) gives the
    rest its alef back in NORM.
    """
    p = profile or load_profile("ar")
    norm = p.fold(text)
    if norm in known or len(norm) < 3:
        return None
    dp, contracted = p.definite_prefix, p.contracted_article
    for pre in p.proclitics:
        if not norm.startswith(pre) or len(norm) - len(pre) < 2:
            continue
        if contracted and pre.endswith(contracted):
            # "lil-capital" → "l" + "lcapital" (NORM "al-capital"); a word that starts with
            # the article's own letter loses the article whole ("lil-lajna" is written "l-lajna")
            cut = len(pre) - len(contracted) + 1
            rest_norm = dp[:1] + norm[cut:]
            if rest_norm not in known and norm[cut:].startswith(dp[1:]):
                rest_norm = dp + norm[cut:]
        elif dp and pre.endswith(dp):
            cut = len(pre) - len(dp)
            rest_norm = norm[cut:]
        else:
            cut = len(pre)
            rest_norm = norm[cut:]
            if rest_norm in known:
                return _cut_text(text, cut, p.fold, rest_norm, norm[cut:])
            continue
        if rest_norm in known:
            return _cut_text(text, cut, p.fold, rest_norm, norm[cut:])
    return None


def _cut_text(
    text: str, cut: int, fold: Callable[[str], str], rest_norm: str, tail: str
) -> tuple[str, str, str] | None:
    """Cut ``text`` where its folded form is cut at ``cut``: diacritics and tatweels fold away,
    so the cut is after the longest written prefix whose fold is ``cut`` letters long and the rest
    folds to ``tail`` (the clitic keeps its own marks). None when no prefix folds so."""
    found = None
    for k in range(1, len(text)):
        head = fold(text[:k])
        if len(head) > cut:
            break
        if len(head) == cut and fold(text[k:]) == tail:
            found = (text[:k], text[k:], rest_norm)
    return found


def _set_column(doc: Doc, attr: str, values: numpy.ndarray) -> None:
    """Write one token attribute (a uint64 id or value per token) with ``Doc.from_array``."""
    doc.from_array([attr], cast(Ints2d, values.reshape(-1, 1)))


@mypyc_attr(native_class=False)  # compiled: a plain class, that pickles
@dataclass(frozen=True)
class Fold:
    """The profile's fold of ``lang`` as a vocabulary's NORM getter (an object that pickles, as
    a vocabulary's getters must)."""

    lang: str

    def __call__(self, text: str) -> str:
        return load_profile(self.lang).fold(text)


class WordTable:
    """One vocabulary's entries by a dense index, spaCy's lexeme ``ID`` (its rank, which indexes
    tables: there are no vectors here): their texts, NORMs (the fold) and NORM ids, so that a
    doc's token strings are read by index (:func:`graphbuild.nlp.tagger.token_words`).

    spaCy gives an entry its index when it makes the entry (the ``ID`` getter is :meth:`add`),
    as it computes its NORM.

    Threads may share a pipeline (a Dask worker in-process runs several): appending an entry and
    reading the buffers by index hold one lock, because an ``array`` refuses to grow while numpy
    reads it, and an append refused half-way would shift every later entry by one.
    """

    def __init__(self, vocab: Vocab, fold: Callable[[str], str]) -> None:
        self.texts: list[str] = []
        self.norms: list[str] = []
        self.norm_ids = array("Q")  # a buffer: numpy reads it without a copy
        self._strings = vocab.strings
        self._fold = fold
        self._flags: dict[tuple[int, ...], array] = {}  # flag ids → their values, entry by entry
        self._lock = threading.RLock()  # re-entered: reading flags may make an entry

    def __getstate__(self) -> dict[str, object]:  # a vocabulary pickles its getters: no lock
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._lock = threading.RLock()

    def add(self, text: str) -> int:
        norm = self._fold(text)
        norm_id = self._strings.add(norm)
        with self._lock:
            self.texts.append(text)
            self.norms.append(norm)
            self.norm_ids.append(norm_id)
            return len(self.texts) - 1

    def norm_ids_at(self, ids: numpy.ndarray) -> numpy.ndarray:
        """The NORM ids of the entries at indexes ``ids`` (a copy)."""
        with self._lock:
            return numpy.frombuffer(self.norm_ids, dtype=numpy.uint64)[ids]

    def flags(self, vocab: Vocab, flag_ids: tuple[int, ...], ids: numpy.ndarray) -> numpy.ndarray:
        """Lexeme flags ``flag_ids`` (spaCy's ``IS_ALPHA``…, or flags added to ``vocab``) of the
        entries at indexes ``ids`` (a doc's ``ID`` column), as 0/1: a row per id. Each entry's
        flags are read from its lexeme once (spaCy sets them when it makes the entry); a doc's are
        then one indexing, where ``Doc.to_array`` reads a flag slower than an id."""
        with self._lock:
            rows = self._flags.get(flag_ids)
            if rows is None:
                rows = self._flags[flag_ids] = array("B")
            for text in self.texts[len(rows) // len(flag_ids) :]:
                lex = vocab[text]
                rows.extend(lex.check_flag(f) for f in flag_ids)
            return numpy.frombuffer(rows, dtype=numpy.uint8).reshape(-1, len(flag_ids))[ids]


_WORD_TABLES: dict[int, tuple[Vocab, WordTable]] = {}


def word_table(vocab: Vocab) -> WordTable | None:
    """The :class:`WordTable` of a pipeline's vocabulary (None for another vocabulary)."""
    found = _WORD_TABLES.get(id(vocab))
    return found[1] if found is not None and found[0] is vocab else None


@Language.factory("graphbuild_norm", default_config={"lang": "ar"})
def _make_norm(nlp: Language, name: str, lang: str):
    """NORM = the profile's fold, as a lexeme attribute: spaCy computes it once per vocabulary
    entry, when the entry is made (its ``lex_attr_getters``, as for its own NORM), and a token
    reads its lexeme's; so the component has nothing left to do per doc.

    The tokenizer's special cases lose their own NORM (English "n't" → "not"): every token's NORM
    is the fold of its text, as when this component wrote it token by token.
    """
    fold = Fold(lang)
    vocab = nlp.vocab
    table = WordTable(vocab, fold)
    vocab.lex_attr_getters[NORM] = fold  # type: ignore[attr-defined]
    vocab.lex_attr_getters[ID] = table.add  # type: ignore[attr-defined]
    for lex in vocab:  # entries made before (the tokenizer's special cases)
        lex.norm_ = fold(lex.orth_)
        lex.rank = table.add(lex.orth_)
    _WORD_TABLES[id(vocab)] = (vocab, table)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, spacy.tokenizer.Tokenizer):
        tokenizer.rules = {
            text: [{a: v for a, v in attrs.items() if a not in (NORM, "NORM")} for attrs in case]
            for text, case in (tokenizer.rules or {}).items()
        }

    def norm(doc: Doc) -> Doc:
        return doc

    return norm


#: A word's proclitic split for the pipeline: ORTH and NORM ids of the clitic and the rest, or None
Split = tuple[int, int, int, int] | None


@dataclass(frozen=True)
class _NameGuard:
    """Where a proclitic split would cut a person's name word.

    A word is at risk when its split leaves no article on the rest and the word is a listed
    name (ba- + a known word), or it is the article's own letter + a given name that is also a
    one-word post: a name taken with its article, the article's alef dropped in transcription
    (l + "amin"), which the split reads as "to" + the post. Such a word stays whole inside a
    name: right after a listed given name or an honorific, and before a family name (a word of
    no lexicon that is no split itself; one with the article only after a listed name word).
    Elsewhere it is split as any word ("to the secretary general"). The posts are not listed
    here: they are read from the lexicons (the one-word role titles that are also listed given
    names, none with a possessive suffix), so the set follows the data, not a hand-made list.
    """

    names: frozenset[str]
    known: frozenset[str]
    honorifics: frozenset[str]
    posts: frozenset[str]
    article: str
    fold: Callable[[str], str]

    @staticmethod
    def of(lex: Lexicon, profile: Profile, known: set[str]) -> "_NameGuard":
        suffixes = tuple(profile.words.possessive_suffix)  # "his counterpart": a noun, no name
        posts = frozenset(
            f
            for f, v in lex.titles.items()
            if v[0] == "role" and " " not in f and f in lex.names and not f.endswith(suffixes)
        )
        honorifics = frozenset(f for f, v in lex.titles.items() if v[0] == "honorific")
        article = profile.definite_prefix or "\x00"
        names, known_set = frozenset(lex.names), frozenset(known)
        return _NameGuard(names, known_set, honorifics, posts, article, profile.fold)

    def at_risk(self, word: str, pre: str, rest_norm: str) -> bool:
        """The split of ``word`` (folded) into ``pre`` + ``rest_norm`` may cut a name word."""
        if rest_norm.startswith(self.article):
            return False
        return word in self.names or (pre == self.article[1:] and rest_norm in self.posts)

    def whole_at(
        self,
        orths: list[int],
        norms: list[int],
        i: int,
        risky: set[int],
        splits: dict[int, Split],
        strings: Any,
    ) -> bool:
        """The word at ``i`` of a doc's ORTH / NORM ids, split by ``splits``, is one of the
        ``risky`` words and sits inside a name (:meth:`inside`): it stays whole."""
        if orths[i] not in risky or not 0 < i < len(orths) - 1:
            return False
        nxt_split = splits.get(orths[i + 1]) is not None
        prev, nxt = strings[norms[i - 1]], strings[norms[i + 1]]
        return self.inside(prev, self.fold(strings[orths[i]]), nxt, nxt_split)

    def inside(self, prev: str, word: str, nxt: str, nxt_split: bool) -> bool:
        """An at-risk ``word`` between the NORMs ``prev`` and ``nxt`` is a name word."""
        names, known = self.names, self.known
        return (
            (prev in self.honorifics or (prev in names and prev not in known))
            and nxt.isalpha()
            and nxt not in known
            and not nxt_split
            and (word in names or not nxt.startswith(self.article))
        )


def _clitic_known(lex: Lexicon, profile: Profile) -> set[str]:
    """The forms a proclitic is split off before: the first words of the lexicons' forms.

    Not spaCy's stop-word list: it holds short words that would cut names (layla → l + yla); a
    name spelled as a function word once folded (``unfolded_name``) too: "and-Anna" splits as
    "and-Ali" does, and the written word then tells the name from the function word; a verb or
    noun of calling a meeting off (``called_off``) too: "and-was-cancelled" is "and" + the verb
    the meeting rules look for, whatever marks its first letter carries.
    """
    W = profile.words
    forms = lex.all_forms() | lex.stopwords | W.phrase_break | W.called_off | W.unfolded_name
    return {form.split()[0] for form in forms if form}


@Language.factory("graphbuild_clitics", default_config={"lang": "ar"})
def _make_clitics(nlp: Language, name: str, lang: str):
    """Splits glued proclitics (:func:`split_clitic`), each vocabulary entry's split found once.

    A doc with splits is made again from its words (one ``Doc`` and one ``Doc.from_array``, as
    the tokenizer makes one), with what spaCy's retokenizer would give each split: the clitic
    takes the word's start and no trailing space, the rest its NORM (the article given back),
    and the two point at each other as heads.
    """
    lex = load_lexicon(lang)
    profile = load_profile(lang)
    vocab = nlp.vocab
    known = _clitic_known(lex, profile)
    W = profile.words
    cache: dict[int, Split] = {}  # ORTH id → its split, once per entry
    article = profile.definite_prefix or "\x00"
    kept_clitics = W.conjunction | W.genitive | W.parent_prep | W.object_marker
    guard = _NameGuard.of(lex, profile, known)
    name_risk: set[int] = set()  # ORTH ids of words whose split may cut a name word

    def split_of(orth: int) -> Split:
        text = vocab.strings[orth]
        if not (vocab[orth].is_alpha or profile.fold(text).isalpha()):
            return None  # diacritics make a word not alphabetic; its folded form (its NORM) is
        hit = split_clitic(text, known, profile)
        if hit is None:
            return None
        pre, rest, rest_norm = hit
        if (
            profile.fold(text) in lex.names
            and not rest_norm.startswith(article)
            and (profile.fold(pre) not in kept_clitics)
        ):
            return None  # a listed name with a clitic of no role (ka-): Klaus, not ka- + Laos
        if guard.at_risk(profile.fold(text), pre, rest_norm):
            name_risk.add(orth)
        add = vocab.strings.add
        return add(pre), add(rest), add(profile.fold(pre)), add(rest_norm)

    def clitics(doc: Doc) -> Doc:
        orths = doc.to_array("ORTH").tolist() if len(doc) else []
        for orth in set(orths).difference(cache):
            cache[orth] = split_of(orth)
        splits = list(map(cache.__getitem__, orths))  # in C: no Python step per token
        at = list(compress(range(len(splits)), splits))
        if at and not name_risk.isdisjoint(orths):  # only a doc holding a word at risk
            risky = compress(at, map(name_risk.__contains__, map(orths.__getitem__, at)))
            norms = doc.to_array("NORM").tolist()
            keep = guard.whole_at
            whole = {i for i in risky if keep(orths, norms, i, name_risk, cache, vocab.strings)}
            at = [i for i in at if i not in whole] if whole else at
        if not at:
            return doc
        return _split_words(doc, orths, at, [splits[i] for i in at])

    return clitics


def _split_words(doc: Doc, words: list[int], at: list[int], splits: list[Split]) -> Doc:
    """``doc`` made again from its words (ORTH ids) with those at ``at`` split as ``splits`` say
    (see :func:`_make_clitics`), its columns written by array indexing: a split word's rest takes
    its place shifted by the splits up to it, its clitic the place before."""
    arr = doc.to_array(["ORTH", "SPACY", "NORM"])
    n, m = len(words), len(at)
    shift = numpy.zeros(n, dtype=numpy.int64)
    shift[at] = 1
    new = numpy.arange(n) + numpy.cumsum(shift)  # each word's place (a split word's rest)
    rest = new[at]
    pre = rest - 1
    parts = numpy.array(splits, dtype=numpy.uint64).reshape(m, 4)  # clitic, rest, their NORMs
    orths = numpy.empty(n + m, dtype=numpy.uint64)
    orths[new], orths[pre], orths[rest] = arr[:, 0], parts[:, 0], parts[:, 1]
    spaces = numpy.zeros(n + m, dtype=bool)
    spaces[new] = arr[:, 1] != 0
    spaces[pre] = False
    values = numpy.zeros((n + m, 2), dtype=numpy.uint64)  # NORM, HEAD (an offset, as uint64)
    values[new, 0], values[pre, 0], values[rest, 0] = arr[:, 2], parts[:, 2], parts[:, 3]
    values[pre, 1] = 1
    values[rest, 1] = numpy.iinfo(numpy.uint64).max  # -1: the clitic before
    # Doc takes ORTH ids for words (no string to hash again)
    out = Doc(doc.vocab, words=cast(list[str], orths.tolist()), spaces=spaces.tolist())
    out.from_array(["NORM", "HEAD"], cast(Ints2d, values))
    return out


_OPENING_QUOTES = ('"', "“", "«")

Bools = numpy.ndarray  # a bool per token


def _sentencizer_starts(punct: Bools, is_punct: Bools) -> Bools:
    """spaCy's ``Sentencizer.predict`` on token flags: a sentence starts at the first token that is
    no punctuation after a sentence-final mark.

    In one pass of array operations: a word (neither flag) starts a sentence when a sentence-final
    mark stands between it and the word before it (or the doc's start); so does token 0.
    """
    punct, is_punct = numpy.asarray(punct, dtype=bool), numpy.asarray(is_punct, dtype=bool)
    guesses = numpy.zeros(len(punct), dtype=bool)
    if not len(punct):
        return guesses
    words = numpy.flatnonzero(~punct & ~is_punct)
    marks = numpy.cumsum(punct)[words]  # sentence-final marks up to each word
    before = numpy.zeros_like(marks)  # … up to the word before
    before[1:] = marks[:-1]
    guesses[words] = marks > before
    guesses[0] = True
    return guesses


def _line_starts(
    starts: numpy.ndarray, newline: Bools, quote: Bools, space: Bools, ws: Bools, held: Bools
) -> None:
    """A token after a line break starts a sentence, unless the word before the break is an
    abbreviation that ends none (``held``: "… the Ambassador, Ms.\nX": the name goes on);
    whitespace tokens never do; an opening quote goes with the sentence after it (``starts``:
    SENT_START values, 1 / -1, changed in place)."""
    cut = newline[:-1] & ~space[1:]
    cut[1:] &= ~(held[:-2] & space[1:-1])  # the break token right after the abbreviation
    starts[1:][cut] = 1
    starts[1:][space[1:]] = -1
    last = len(starts) - 1
    for i in numpy.flatnonzero(quote & ~ws).tolist():  # a few per doc, in order
        if i >= last:
            break
        if starts[i] > 0:
            # an opening quote at the start of a line opens the sentence that follows it
            starts[i + 1] = -1
        elif starts[i + 1] > 0 and i > 0 and ws[i - 1]:
            # '… Riyadh. "We are …': the sentencizer glued the opening quote to the previous
            # sentence
            starts[i] = 1
            starts[i + 1] = -1


def _add_flag(vocab: Vocab, getter: Callable[[str], bool]) -> int:
    """A lexeme flag (spaCy computes it once per vocabulary entry), on a bit spaCy leaves free."""
    taken = vocab.lex_attr_getters  # type: ignore[attr-defined]
    free = next(b for b in range(_FIRST_FREE_FLAG, 64) if b not in taken)
    return vocab.add_flag(getter, flag_id=free)


_FIRST_FREE_FLAG = 19  # spaCy's FLAG19: the bits before are its own flags (IS_ALPHA…)


#: The token columns a pipeline's doc is read by (``graphbuild.nlp.tagger.token_words``): the
#: vocabulary index, ORTH, NORM and SPACY. The sentence component, the pipeline's last, reads
#: them with the sentence starts and leaves them in ``doc.user_data[COLUMNS_KEY]``, and the
#: starts it writes (the tokens whose SENT_START is 1, in order) in ``[STARTS_KEY]``: each is
#: read once per doc (one ``Doc.to_array`` fewer each).
WORD_COLUMNS: tuple[int | str, ...] = (ID, "ORTH", "NORM", "SPACY")
COLUMNS_KEY, STARTS_KEY = "graphbuild.columns", "graphbuild.starts"


@Language.factory(
    "graphbuild_sentences", default_config={"punct_chars": ["."], "abbreviations": []}
)
def _make_sentences(nlp: Language, name: str, punct_chars: list[str], abbreviations: list[str]):
    """Sentence starts, in one pass over token arrays: spaCy's sentencizer with ``punct_chars``
    (where the doc has no start yet), then the line rules of :func:`_line_starts`. What a word
    is (a sentence-final mark, holds a line break, an opening quote mark, an abbreviation with
    its period) is a lexeme flag."""
    chars = frozenset(punct_chars)
    held = frozenset(a for a in abbreviations if a.endswith("."))
    vocab = nlp.vocab
    flags = (
        _add_flag(vocab, chars.__contains__),
        _add_flag(vocab, lambda text: "\n" in text),
        _add_flag(vocab, _OPENING_QUOTES.__contains__),
        IS_PUNCT,
        IS_SPACE,
        _add_flag(vocab, held.__contains__),
    )
    attrs: list[int | str] = [*flags, "SPACY", "SENT_START"]

    def sentences(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = word_table(doc.vocab)
        if table is None:
            arr = doc.to_array(attrs)
            punct, newline, quote, is_punct, space, held, ws = arr[:, :-1].T.astype(bool)
        else:  # the flags by entry (WordTable.flags)
            arr = doc.to_array([*WORD_COLUMNS, "SENT_START"])
            cols = table.flags(vocab, flags, arr[:, 0]).T == 1
            punct, newline, quote, is_punct, space, held = cols
            ws = arr[:, 3] == 1
            # the last component: the columns are the doc's for good (token_words reads them)
            doc.user_data[COLUMNS_KEY] = arr[:, :-1]
        start = arr[:, -1].view(numpy.int64)  # SENT_START: 1, -1, or 0 (not set)
        guesses = _sentencizer_starts(punct, is_punct)
        starts = numpy.where(start != 0, start, numpy.where(guesses, 1, -1))
        _line_starts(starts, newline, quote, space, ws, held)
        _set_column(doc, "SENT_START", starts.astype(numpy.int64).view(numpy.uint64))
        if table is not None:
            doc.user_data[STARTS_KEY] = numpy.flatnonzero(starts == 1).tolist()
        return doc

    return sentences


def _initials(profile: Profile) -> list[str]:
    """Letter + period, and letter + tatweel + period (a letter some scripts write with a tatweel
    when alone)."""
    tatweel = "\u0640"
    return [form for letter in profile.initials for form in (letter + ".", letter + tatweel + ".")]


_TATWEEL = "\u0640"


def is_alpha_word(text: str) -> bool:
    """Letters only, marks allowed: a word written with its vowel marks (wafdan) or a tatweel is a
    word too (spaCy's own flag says no, and every rule reading it skipped the word)."""
    if text.isalpha() and text.strip(_TATWEEL):
        return True
    return any(c.isalpha() and c != _TATWEEL for c in text) and all(
        c.isalpha() or unicodedata.combining(c) for c in text
    )


#: The most strings an affix memo keeps (:class:`AffixMemo`): it starts again past it (a full
#: memo of words that all end in a suffix holds about 4 MiB)
MEMO_WORDS = 20_000


class AffixMemo(dict[str, Any]):
    """A tokenizer's affix search (``prefix_search``, ``suffix_search``, ``infix_finditer``) with
    its answer kept per string: the regular expression runs once per word, not once per token.

    spaCy's tokenizer keeps the tokens of a word it has split (its cache), but not in a document
    after one of its special cases ("Mr.", an initial: spaCy issue #1250), so in most articles it
    ran its prefix, suffix and infix expressions again on every word (an end-anchored search
    tries each position of the word: about 60 % of tokenising, measured on generated articles).
    Each answer depends on the string alone, so the tokens are the same. An infix answer is kept
    as a tuple of its matches (the tokenizer lists them). Holds at most :data:`MEMO_WORDS`
    strings (cleared past it); pickles as its search alone; spaCy serialises a search by its
    pattern (``__self__``), as for the search itself.
    """

    __slots__ = ("search", "listed")

    def __init__(self, search: Callable[[str], Any], listed: bool = False) -> None:
        super().__init__()
        self.search = search
        self.listed = listed

    # a call is a dict lookup, in C; __missing__ runs the search for a new string
    __call__ = dict.__getitem__

    def __missing__(self, text: str) -> Any:
        if len(self) >= MEMO_WORDS:
            self.clear()
        found = self.search(text)
        if self.listed:
            found = tuple(found)
        self[text] = found
        return found

    @property
    def __self__(self) -> Any:
        return getattr(self.search, "__self__", None)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.search, self.listed))


def _remember_affixes(tokenizer: spacy.tokenizer.Tokenizer) -> None:
    """The tokenizer's prefix, suffix and infix searches through an :class:`AffixMemo` each."""
    if tokenizer.prefix_search is not None:
        tokenizer.prefix_search = AffixMemo(tokenizer.prefix_search)
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = AffixMemo(tokenizer.suffix_search)
    if tokenizer.infix_finditer is not None:
        tokenizer.infix_finditer = AffixMemo(tokenizer.infix_finditer, listed=True)


def _drop_space_cases(tokenizer: spacy.tokenizer.Tokenizer) -> None:
    """Drop the special cases that are whitespace (spaCy's ``"\\n"``, ``" "``, ``"\\t"``, no-break
    space) and that the tokenizer makes one token of anyway: one token, its ORTH the text, and no
    affix search finds anything in it (a NORM they set, the pipeline drops: :func:`_make_norm`).

    spaCy stops remembering how it cut a word for the rest of a document once a special case has
    matched (its ``has_special``, spaCy issue #1250), and the line break after an article's
    headline is one: so every word of nearly every article went through the affix searches again.
    Without these cases, the tokenizer's word cache works; the tokens are the same (a whitespace
    run is never cut by an affix, and one that was a special case was one token of itself).
    """
    searches = (tokenizer.prefix_search, tokenizer.suffix_search)

    def plain(text: str, case: list[dict[Any, Any]]) -> bool:
        orths = [attrs.get("ORTH", attrs.get(ORTH)) for attrs in case]
        return (
            text.isspace()
            and orths == [text]
            and all(set(attrs) <= {"ORTH", ORTH, "NORM", NORM} for attrs in case)
            and not any(search is not None and search(text) for search in searches)
            and not (tokenizer.infix_finditer is not None and list(tokenizer.infix_finditer(text)))
        )

    rules = tokenizer.rules or {}
    kept = {text: case for text, case in rules.items() if not plain(text, case)}
    if len(kept) < len(rules):
        tokenizer.rules = kept


@lru_cache(maxsize=None)
def get_pipeline(lang: str) -> Language:
    """The (cached) pipeline for ``lang``, built from its profile (``lang/<code>/profile.toml``)."""
    profile = load_profile(lang)
    nlp = spacy.blank(profile.spacy_lang)
    nlp.vocab.lex_attr_getters[IS_ALPHA] = is_alpha_word  # type: ignore[attr-defined]
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, spacy.tokenizer.Tokenizer):
        raise TypeError(f"spacy.blank({profile.spacy_lang!r}) has no rule-based Tokenizer")
    tokenizer.url_match = None
    infixes = list(profile.infixes) + list(nlp.Defaults.infixes or [])
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if profile.prefixes:
        prefixes = list(profile.prefixes) + list(nlp.Defaults.prefixes or [])
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if profile.suffixes:
        suffixes = list(profile.suffixes) + list(nlp.Defaults.suffixes or [])
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    _remember_affixes(tokenizer)
    _drop_space_cases(tokenizer)
    # an abbreviation is one token, in capitals too (a transcript's "MS. PARK:", "AMB. X:")
    abbreviations = {a: None for a in profile.abbreviations}
    abbreviations.update({a.upper(): None for a in profile.abbreviations})
    for initial in (*_initials(profile), *abbreviations):
        tokenizer.add_special_case(initial, [{"ORTH": initial}])
    nlp.add_pipe("graphbuild_norm", config={"lang": lang})
    if profile.proclitics:
        nlp.add_pipe("graphbuild_clitics", config={"lang": lang})
    nlp.add_pipe(
        "graphbuild_sentences",
        config={"punct_chars": list(profile.sentence_punct), "abbreviations": list(abbreviations)},
    )
    return nlp


def lexicon_key(tokens, lang: str) -> str:
    """NORM key of a token sequence, comparable to :func:`~graphbuild.lang.norm_form`."""
    return norm_form(" ".join(t.norm_ for t in tokens), lang)
