"""Language profiles: the properties of a language the extraction rules read, built from its folder.

Each ``lang/<code>/`` folder holds, besides its lexicons:

* ``profile.toml`` — scalar properties: normaliser, word order, head direction,
  name shape, whether case marks names, the glued article, proclitics, tokenizer
  infixes and prefixes, sentence punctuation (see ``ar/profile.toml``);
* ``words.tsv`` — function words by role (``role<TAB>form``; roles in
  :data:`WORD_ROLES`, described in ``ar/words.tsv``);
* ``patterns.jsonl`` — token patterns in spaCy's Matcher format, one
  ``{"label", "pattern", "id"}`` a line, run on NORM (``NORM`` strings are folded
  with the language's normaliser when loaded, so they are written as usually spelled).

Every file is validated when loaded: a bad row raises
:class:`~graphbuild.errors.LexiconError` naming the file and line.
:data:`SUPPORTED_LANGS` is the set of folders that have a profile.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ..errors import LexiconError
from ..text import NORMALISERS, strip_diacritics

__all__ = [
    "Profile",
    "WordLists",
    "load_profile",
    "SUPPORTED_LANGS",
    "WORD_ROLES",
    "PATTERN_LABELS",
    "read_table",
]

LANG_DIR = Path(__file__).parent
WORD_ORDERS = ("VSO", "SVO")
NAME_SHAPES = ("compound", "capitalised")
PATTERN_LABELS = ("MONTH",)


@dataclass(frozen=True)
class WordLists:
    """Function words by role, as folded NORMs (roles are described in ``lang/ar/words.tsv``)."""

    phrase_break: frozenset[str] = frozenset()
    concerned: frozenset[str] = frozenset()
    concerned_prep: frozenset[str] = frozenset()
    name_particle: frozenset[str] = frozenset()
    name_opener: frozenset[str] = frozenset()
    verb_prefix: frozenset[str] = frozenset()
    verbal_noun_prefix: frozenset[str] = frozenset()
    verbal_noun_shape: frozenset[str] = frozenset()
    definite_verbal_noun_shape: frozenset[str] = frozenset()
    past_verb_shape: frozenset[str] = frozenset()
    and_verb_shape: frozenset[str] = frozenset()
    foreign_name_shape: frozenset[str] = frozenset()
    nisba_complement: frozenset[str] = frozenset()
    participle_shape: frozenset[str] = frozenset()
    field_noun: frozenset[str] = frozenset()
    field_head: frozenset[str] = frozenset()
    public_adjective: frozenset[str] = frozenset()
    purpose_prep: frozenset[str] = frozenset()
    adjective_ending: frozenset[str] = frozenset()
    accusative_noun_shape: frozenset[str] = frozenset()
    compound_name_tail: frozenset[str] = frozenset()
    regnal: frozenset[str] = frozenset()
    venue_prep: frozenset[str] = frozenset()
    seat_prep: frozenset[str] = frozenset()
    region: frozenset[str] = frozenset()
    region_country: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()
    region_nisba: frozenset[str] = frozenset()
    office_adjective: frozenset[str] = frozenset()
    attribution: frozenset[str] = frozenset()
    nationality_prep: frozenset[str] = frozenset()
    feminine_verb_prefix: frozenset[str] = frozenset()
    feminine_verb_suffix: frozenset[str] = frozenset()
    future_verb_prefix: frozenset[str] = frozenset()
    plural_ending: frozenset[str] = frozenset()
    non_plural_ending: frozenset[str] = frozenset()
    noun_ending: frozenset[str] = frozenset()
    participle_ending: frozenset[str] = frozenset()
    plural_title: frozenset[str] = frozenset()
    lower_head: frozenset[str] = frozenset()
    article: frozenset[str] = frozenset()
    article_clitic: frozenset[str] = frozenset()
    complement_clitic: frozenset[str] = frozenset()
    pronoun: frozenset[str] = frozenset()
    pronoun_suffix: frozenset[str] = frozenset()
    first_plural: frozenset[str] = frozenset()
    first_singular: frozenset[str] = frozenset()
    possessive: frozenset[str] = frozenset()
    possessive_suffix: frozenset[str] = frozenset()
    possessive_marker: frozenset[str] = frozenset()
    body_possessive: frozenset[str] = frozenset()
    unfolded_name: frozenset[str] = frozenset()
    function_name: frozenset[str] = frozenset()
    style_pronoun: frozenset[str] = frozenset()
    object_marker: frozenset[str] = frozenset()
    comitative: frozenset[str] = frozenset()
    conjunction: frozenset[str] = frozenset()
    title_joiner: frozenset[str] = frozenset()
    genitive: frozenset[str] = frozenset()
    posted_to: frozenset[str] = frozenset()
    parent_prep: frozenset[str] = frozenset()
    sub_body_prep: frozenset[str] = frozenset()
    on_behalf: frozenset[str] = frozenset()
    statement_noun: frozenset[str] = frozenset()
    inverted_say: frozenset[str] = frozenset()
    relative: frozenset[str] = frozenset()
    complementiser: frozenset[str] = frozenset()
    infinitive_complementiser: frozenset[str] = frozenset()
    reporting_complementiser: frozenset[str] = frozenset()
    circumstance: frozenset[str] = frozenset()
    government_head: frozenset[str] = frozenset()
    accompany: frozenset[str] = frozenset()
    object_pronoun: frozenset[str] = frozenset()
    meeting_plural: frozenset[str] = frozenset()
    verb_before: frozenset[str] = frozenset()
    name_adjective: frozenset[str] = frozenset()
    origin: frozenset[str] = frozenset()
    abroad: frozenset[str] = frozenset()
    affiliated: frozenset[str] = frozenset()
    joint_subject: frozenset[str] = frozenset()
    statement_prep: frozenset[str] = frozenset()
    informant_prep: frozenset[str] = frozenset()
    addressee: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    # a modal auxiliary ("could", "may"): like a future word before a verb, what it governs is
    # not reported as done
    modal: frozenset[str] = frozenset()
    future_time: frozenset[str] = frozenset()
    planned_link: frozenset[str] = frozenset()
    auxiliary: frozenset[str] = frozenset()
    past_auxiliary: frozenset[str] = frozenset()
    passive_auxiliary: frozenset[str] = frozenset()
    indefinite_article: frozenset[str] = frozenset()
    side: frozenset[str] = frozenset()
    side_prep: frozenset[str] = frozenset()
    # a dual naming the two sides of a meeting, not persons ("the two sides")
    side_pair: frozenset[str] = frozenset()
    # a meeting noun heading a construct whose genitives are its parties ("liqa' X wa-Y")
    meeting_construct: frozenset[str] = frozenset()
    # the words of the phrase naming whom a signer signs for, besides the side words and the
    # genitive ("… and on behalf of <body> by Y"): they stand between two signers of two sides
    sign_side: frozenset[str] = frozenset()
    # a peer's style opening a name ("Lord X of Y"): the territorial designation after the
    # genitive stays in the name
    peerage: frozenset[str] = frozenset()
    together: frozenset[str] = frozenset()
    envoy_of: frozenset[str] = frozenset()
    banquet: frozenset[str] = frozenset()
    person_noun: frozenset[str] = frozenset()
    thanks: frozenset[str] = frozenset()
    agentive: frozenset[str] = frozenset()
    joint: frozenset[str] = frozenset()
    # after a chairing cue: a co-chairing (bi-ri'asa mushtaraka)
    co_chair: frozenset[str] = frozenset()
    joint_body: frozenset[str] = frozenset()
    # a session or round of talks after the head of a presidency: its chairing, no body
    chaired_event: frozenset[str] = frozenset()
    representatives: frozenset[str] = frozenset()
    staff: frozenset[str] = frozenset()
    privative: frozenset[str] = frozenset()
    object_prep: frozenset[str] = frozenset()
    call_frame: frozenset[str] = frozenset()
    sequence: frozenset[str] = frozenset()
    family_first: frozenset[str] = frozenset()
    country_adjective: frozenset[str] = frozenset()
    portfolio_adjective: frozenset[str] = frozenset()
    escorted: frozenset[str] = frozenset()
    place_noun: frozenset[str] = frozenset()
    served_prep: frozenset[str] = frozenset()
    body_head: frozenset[str] = frozenset()
    style: frozenset[str] = frozenset()
    destination: frozenset[str] = frozenset()
    topic_prep: frozenset[str] = frozenset()
    relation_noun: frozenset[str] = frozenset()
    construct_head_shape: frozenset[str] = frozenset()
    collective_owner: frozenset[str] = frozenset()
    feminine_pronoun: frozenset[str] = frozenset()
    masculine_pronoun: frozenset[str] = frozenset()
    feminine_honorific: frozenset[str] = frozenset()
    masculine_honorific: frozenset[str] = frozenset()
    quoted_as: frozenset[str] = frozenset()
    day_part: frozenset[str] = frozenset()
    weekday: frozenset[str] = frozenset()
    body_end: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    house_adjective: frozenset[str] = frozenset()
    epithet: frozenset[str] = frozenset()
    international_adjective: frozenset[str] = frozenset()
    field_adjective: frozenset[str] = frozenset()
    ceremonial: frozenset[str] = frozenset()
    invitation: frozenset[str] = frozenset()
    lead_verb: frozenset[str] = frozenset()
    governing_adjective: frozenset[str] = frozenset()
    own_office: frozenset[str] = frozenset()
    purpose_action: frozenset[str] = frozenset()
    # "and then": an adverb of order after "and" before one more party of the same verb
    then: frozenset[str] = frozenset()
    # "each separately" with a meeting verb: the parties listed are all its objects
    distributive: frozenset[str] = frozenset()
    # a verb of stance taking its object with the object marker (رحب ب، أشاد ب)
    marked_object_verb: frozenset[str] = frozenset()
    # the role keys of styles whose holders are named by given names (no family name): a later
    # mention gives the first name alone
    given_name_style: frozenset[str] = frozenset()
    # the role keys of styles written inside a person's name, between her given name and her
    # father's (the Malay pilgrim style): the style stays in the name
    inner_style: frozenset[str] = frozenset()
    # a participle before a bare post naming its holder as the visitor ("the visiting minister"):
    # the holder of that post from abroad, not the host's
    visiting: frozenset[str] = frozenset()
    # a negation right before a meeting verb: the meeting did not take place
    negation: frozenset[str] = frozenset()
    # a condition or wish opening the clause of a meeting verb: the meeting is hypothetical
    conditional: frozenset[str] = frozenset()
    # a verb of denial opening the clause of a meeting verb: the meeting is denied
    denial: frozenset[str] = frozenset()
    # a word saying a meeting was put off or cancelled: a participle after an auxiliary ("was
    # postponed"), a verb before a meeting noun ("cancelled her meeting"), or anywhere in the
    # sentence of a construct of a meeting noun and its parties: no meeting took place
    called_off: frozenset[str] = frozenset()
    # a verb asking for a meeting before its noun ("requested a meeting with"): none was held
    request: frozenset[str] = frozenset()
    # the word opening a meeting's parties after its noun and a place or time ("a meeting in X
    # between")
    between: frozenset[str] = frozenset()
    # a Central Asian patronymic suffix word ("son of", "daughter of") after the father's name:
    # inside a name it belongs to the father's name and counts as no word of its own
    patronymic_suffix: frozenset[str] = frozenset()
    # a nisba that is also the adjective "of a country" (country-level): right after a director's
    # word it makes the country director of a body, and names no country
    country_level: frozenset[str] = frozenset()
    country_level_head: frozenset[str] = frozenset()
    # a kinship noun with its possessive suffix ("his wife"): glued to "and", a second person
    kin_possessed: frozenset[str] = frozenset()


WORD_ROLES: tuple[str, ...] = tuple(f.name for f in fields(WordLists))


@dataclass(frozen=True)
class Profile:
    """One language's properties (``lang/<code>/profile.toml`` + ``words.tsv`` +
    ``patterns.jsonl``)."""

    code: str
    name: str
    spacy_lang: str
    normaliser: str
    word_order: str
    head_initial: bool
    name_shape: str
    cased: bool
    definite_prefix: str
    contracted_article: str
    nisba_ending: str
    feminine_suffix: str
    proclitics: tuple[str, ...]
    infixes: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    initials: str
    abbreviations: tuple[str, ...]
    unfolded: tuple[str, ...]
    indefinite_marks: tuple[str, ...]
    title_hamza: str
    verbal_noun_hamza: str
    sentence_punct: tuple[str, ...]
    list_separator: str
    ministry_head: str
    implied_agency: str
    words: WordLists
    stop_words: frozenset[str]
    patterns: tuple[tuple[str, str, tuple[dict[str, Any], ...]], ...]  # (label, id, token pattern)
    #: The token normaliser (NORM) of this language; the ``unfolded`` words keep their letters.
    #: Set once from ``normaliser`` and ``unfolded`` (a plain attribute: the rules read it often,
    #: and a property looked ``_folder`` up by its tuple key on each read); not pickled, made
    #: again on unpickling.
    fold: Callable[[str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fold", _folder(self.normaliser, self.unfolded))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        del state["fold"]  # a cached closure: it does not pickle
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    def is_definite(self, norm: str) -> bool:
        """A word carrying the glued definite article (and more than the article and one letter)."""
        dp = self.definite_prefix
        return bool(dp) and norm.startswith(dp) and len(norm) > len(dp) + 1

    def strip_definite(self, norm: str) -> str:
        return norm[len(self.definite_prefix) :] if self.is_definite(norm) else norm


_SCALARS: dict[str, type] = {
    "name": str,
    "spacy_lang": str,
    "normaliser": str,
    "word_order": str,
    "head_initial": bool,
    "name_shape": str,
    "cased": bool,
    "definite_prefix": str,
    "contracted_article": str,
    "nisba_ending": str,
    "feminine_suffix": str,
    "proclitics": list,
    "infixes": list,
    "prefixes": list,
    "suffixes": list,
    "initials": str,
    "abbreviations": list,
    "unfolded": list,
    "indefinite_marks": list,
    "title_hamza": str,
    "verbal_noun_hamza": str,
    "sentence_punct": list,
    "list_separator": str,
    "ministry_head": str,
    "implied_agency": str,
}
_CHOICES = {"normaliser": tuple(NORMALISERS), "word_order": WORD_ORDERS, "name_shape": NAME_SHAPES}


@lru_cache(maxsize=None)
def _folder(normaliser: str, unfolded: tuple[str, ...]) -> Callable[[str], str]:
    """The normaliser, except that a word of ``unfolded`` (diacritics aside) keeps its letters,
    word by word."""
    base = NORMALISERS[normaliser]
    if not unfolded:
        return lru_cache(maxsize=1 << 16)(base)  # cached: words repeat
    keep = frozenset(strip_diacritics(w) for w in unfolded)
    folded = frozenset(
        base(w) for w in keep
    )  # only a word folding onto one of these needs a second look

    def fold(text: str) -> str:
        if " " in text:
            return " ".join(fold(w) for w in text.split(" "))
        out = base(text)
        if out in folded:
            bare = strip_diacritics(text)
            return bare if bare in keep else out
        return out

    return lru_cache(maxsize=1 << 16)(fold)  # cached: words repeat


def read_table(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header line; ``#`` comments and blank lines skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon ({exc.strerror or exc})") from None
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells[: len(columns)] != columns:
                raise LexiconError(
                    f"{path}:{lineno}: expected header {' / '.join(columns)}, "
                    f"got {' / '.join(cells)}"
                )
            header_seen = True
            continue
        if len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        rows.append((lineno, dict(zip(columns, (c.strip() for c in cells), strict=False))))
    return rows


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read profile ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: {exc}") from None
    for key in sorted(set(data) - set(_SCALARS)):
        raise LexiconError(f"{path}: unknown profile key {key!r}")
    for key, typ in _SCALARS.items():
        if key not in data:
            raise LexiconError(f"{path}: profile key {key!r} missing")
        if not isinstance(data[key], typ) or (
            typ is list and not all(isinstance(x, str) for x in data[key])
        ):
            raise LexiconError(
                f"{path}: profile key {key!r} must be "
                f"{'a list of strings' if typ is list else typ.__name__}"
            )
        if key in _CHOICES and data[key] not in _CHOICES[key]:
            raise LexiconError(
                f"{path}: {key} {data[key]!r} is not one of {', '.join(_CHOICES[key])}"
            )
    return data


def _read_words(path: Path, fold: Callable[[str], str]) -> WordLists:
    roles: dict[str, set[str]] = {r: set() for r in WORD_ROLES}
    for lineno, row in read_table(path, ["role", "form"]):
        if row["role"] not in roles:
            raise LexiconError(f"{path}:{lineno}: unknown word role {row['role']!r}")
        if not row["form"]:
            raise LexiconError(f"{path}:{lineno}: role {row['role']!r} without a form")
        roles[row["role"]].add(fold(" ".join(row["form"].split())))
    return WordLists(**{r: frozenset(v) for r, v in roles.items()})


def _fold_pattern(token: dict[str, Any], fold: Callable[[str], str]) -> dict[str, Any]:
    """NORM strings of a token pattern folded as token NORMs are."""
    norm = token.get("NORM")
    if isinstance(norm, str):
        return {**token, "NORM": fold(norm)}
    if isinstance(norm, dict):
        return {
            **token,
            "NORM": {
                op: [fold(v) if isinstance(v, str) else v for v in vals]
                if isinstance(vals, list)
                else vals
                for op, vals in norm.items()
            },
        }
    return token


def _read_patterns(
    path: Path, fold: Callable[[str], str]
) -> tuple[tuple[str, str, tuple[dict[str, Any], ...]], ...]:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    check = Matcher(Vocab(), validate=True)
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read patterns ({exc.strerror or exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if (
            not isinstance(row, dict)
            or set(row) - {"label", "pattern", "id"}
            or "label" not in row
            or "pattern" not in row
        ):
            raise LexiconError(f'{path}:{lineno}: expected {{"label", "pattern", "id"?}}')
        if row["label"] not in PATTERN_LABELS:
            raise LexiconError(f"{path}:{lineno}: unknown pattern label {row['label']!r}")
        if not isinstance(row["pattern"], list) or not all(
            isinstance(t, dict) for t in row["pattern"]
        ):
            raise LexiconError(f"{path}:{lineno}: a pattern is a list of token objects")
        pattern = tuple(_fold_pattern(t, fold) for t in row["pattern"])
        try:
            check.add(row["label"], [list(pattern)])
        except ValueError as exc:  # spaCy's MatchPatternError
            raise LexiconError(
                f"{path}:{lineno}: bad token pattern ({' '.join(str(exc).split())})"
            ) from None
        out.append((row["label"], str(row.get("id", "")), pattern))
    return tuple(out)


def _spacy_stop_words(spacy_lang: str, fold: Callable[[str], str]) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(spacy_lang).Defaults.stop_words)


def _lang_dir() -> Path:
    """``graphbuild.lang.LANG_DIR`` (one knob for every language file), this folder until the
    package is set up."""
    import sys

    pkg = sys.modules.get(__package__ or "")
    return getattr(pkg, "LANG_DIR", LANG_DIR)


@lru_cache(maxsize=None)
def load_profile(lang: str) -> Profile:
    """The validated profile of ``lang`` (a folder of ``graphbuild/lang``)."""
    folder = _lang_dir() / lang
    path = folder / "profile.toml"
    if not path.is_file():
        raise LexiconError(f"{path}: no profile for language {lang!r}")
    data = _read_toml(path)
    fold = _folder(data["normaliser"], tuple(data["unfolded"]))
    tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    return Profile(
        code=lang,
        **{**data, **tuples},
        words=_read_words(folder / "words.tsv", fold),
        stop_words=_spacy_stop_words(data["spacy_lang"], fold),
        patterns=_read_patterns(folder / "patterns.jsonl", fold),
    )


def _supported() -> tuple[str, ...]:
    return tuple(sorted(d.name for d in LANG_DIR.iterdir() if (d / "profile.toml").is_file()))


SUPPORTED_LANGS: tuple[str, ...] = _supported()
