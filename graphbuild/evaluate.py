"""Score extractions against gold annotations (the scorer behind ``graphbuild eval``).

The rules are those of ``eval/FORMAT.md`` ("How a prediction is scored"), and
the figures are exactly those of the reference scorer ``eval/score.py`` on the
same input: this module follows score.py rule for rule (it does not import it:
graphbuild works installed, without ``eval/``), and ``bench/check_scorer.py``
compares the two on the dev sets.  It is deliberately independent of the
extraction pipeline (its own normalisation, no lexicons), so a change to the
extractor never changes the ruler.  The types scored are the entity types and
the ``scored`` relation types of :mod:`graphbuild.schema`, which also says
which relation types are symmetric (matched in either direction: MET_WITH) and
quoted (matched by speaker and quote: SAID).

Its letter map is exactly the one of score.py, not
:data:`graphbuild.text.ARABIC_FOLD`: the extractor also folds the Persian ی ک,
the ruler does not, so sharing the table would move the ruler whenever the
extractor's folding changes (a test keeps the map equal to score.py's).

Comparison (score.py's ``norm`` and ``forms``)
    :func:`normalize_for_match`: NFKC; Arabic diacritics and tatweel removed
    (U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED, U+0640); أ إ آ ٱ → ا,
    ى → ي, ة → ه, ؤ → و, ئ → ي; every run of whitespace and of the punctuation
    ``" ' « » “ ” ‘ ’ ( ) [ ] ، , : ; ؛ . ! ؟ ? - – — _ /`` to one space;
    stripped; lower case.  Nothing else (other punctuation, invisible format
    characters) is touched.  :func:`name_forms` adds the form with a leading
    "ال" dropped (when the whole normalised form is longer than 4 characters)
    and the form with a leading "the " dropped.  Two entities share a name when
    their form sets (name and aliases together) intersect.

Entity matching (one-to-one, greedy, in the order of the predicted entities)
    Each predicted entity in turn takes the first gold entity, in gold file
    order, of its type that is still unmatched and shares a form with it.  So
    the order of the predictions matters: an earlier prediction takes a gold
    entity a later, better one would also have matched.  Predicted entities of
    a type that is not scored are not counted (but their ids still name them).

Relation endpoints (score.py's ``index`` and ``resolve``)
    An entity list is indexed by, entity after entity, its ``id`` and ``name``
    as written and normalised, then its normalised aliases; the first entity to
    claim a key keeps it.  A relation's ``source``/``target`` is looked up as
    written, else normalised (no article dropping).  Predicted endpoints are
    looked up among the predicted entities and map on to the gold entity their
    entity matched; gold endpoints among the gold entities.

Relation matching (one-to-one, greedy, in the order of the predicted relations)
    Each predicted relation of a scored type in turn takes the first
    still-unmatched gold relation of its type whose endpoints are the same gold
    entities (MET_WITH in either direction, MEMBER_OF as written); SAID compares
    the speaker only (target ignored) and needs the quotes (``quote``, else
    ``evidence``) to share, as sets of normalised words, at least 60% of the
    shorter one's distinct words.  Predicted relations of another type are
    neither counted nor listed.

Counting
    Micro-averaged tp/fp/fn per type, for entities and relations overall, per
    gold language (``"?"`` when the gold has none) and for all articles.  A gold
    article's prediction is the one with its id, else the first whose id has it
    as stem (``en01.txt`` for ``en01``).  Gold articles without one count as
    all-missed (``missing_articles``); predictions for articles without gold
    are ignored (``unscored_articles``).  Precision, recall or F1 whose
    denominator is zero is ``None`` (``null`` in JSON, ``-`` in the table;
    score.py prints 0.000); F1 is ``2PR / (P + R)``, computed as score.py does.

The dev2 halves
    :func:`dev2_half` splits ``eval/dev2`` into two fixed halves by the number
    in the article id, within each source kind (``dv-ar``, ``dv-en``,
    ``ag-ar``, ``ag-en``): odd numbers are half ``"A"`` (develop against it),
    even numbers half ``"B"`` (measure only).  :func:`select_half` keeps one
    half of a gold set.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from . import schema
from .errors import InputError

__all__ = [
    "Counts",
    "ArticleResult",
    "Report",
    "normalize_for_match",
    "name_forms",
    "quote_overlap",
    "load_gold",
    "load_predictions",
    "score",
    "evaluate",
    "dev2_half",
    "select_half",
    "DEV2_KINDS",
    "SAID_OVERLAP",
]

SAID_OVERLAP = 0.6  # fraction of the shorter quote's distinct words that must be shared

#: The built-in scored types; :func:`_type_keys` reads the registry as it is now.
TYPE_KEYS: tuple[str, ...] = schema.entity_types() + schema.scored_relation_types()
_ENTITY_TOTAL = "entities"
_RELATION_TOTAL = "relations"

# --------------------------------------------------------------------------- #
# Normalisation (score.py's norm, forms, tokens and quote_match)
# --------------------------------------------------------------------------- #

# Arabic diacritics (harakat, Quranic marks, superscript alef) and the tatweel.
_AR_DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Whitespace and the punctuation that separates words, a run of them at a time.
_PUNCT = re.compile(r"[\s\"'«»“”‘’\(\)\[\]،,:;؛.!؟?\-–—_/]+")

_LETTER_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}
_LETTERS = str.maketrans(_LETTER_MAP)


def normalize_for_match(text: str | None) -> str:
    """The comparison form of *text* (score.py's ``norm``); ``""`` for ``None``
    or anything that is not a string.

    >>> normalize_for_match("«أحمد  معيتيق»،")
    'احمد معيتيق'
    >>> normalize_for_match("Al-Serraj's")
    'al serraj s'
    """
    if not text or not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _AR_DIAC.sub("", text)
    text = text.translate(_LETTERS)
    return _PUNCT.sub(" ", text).strip().lower()


def name_forms(text: str | None) -> frozenset[str]:
    """The normalised forms under which a name counts: itself, without a
    leading "ال" when the form is longer than 4 characters, and without a
    leading "the ".  Empty for an empty name."""
    norm = normalize_for_match(text)
    if not norm:
        return frozenset()
    forms = {norm}
    if norm.startswith("ال") and len(norm) > 4:
        forms.add(norm[2:])
    if norm.startswith("the "):
        forms.add(norm[4:])
    return frozenset(forms)


def _quote_words(text: str | None) -> set[str]:
    return set(normalize_for_match(text).split())


def quote_overlap(a: str | None, b: str | None) -> tuple[int, int]:
    """``(shared words, words of the shorter quote)`` after normalisation,
    both counted as sets of distinct words (as score.py does)."""
    wa, wb = _quote_words(a), _quote_words(b)
    return len(wa & wb), min(len(wa), len(wb))


def _quotes_match(a: str | None, b: str | None) -> bool:
    """score.py's ``quote_match``: the distinct words shared are at least 60%
    of the shorter quote's (the same float comparison)."""
    shared, shorter = quote_overlap(a, b)
    return shorter > 0 and shared / shorter >= SAID_OVERLAP


# --------------------------------------------------------------------------- #
# The dev2 halves
# --------------------------------------------------------------------------- #

DEV2_KINDS: tuple[str, ...] = ("dv-ar", "dv-en", "ag-ar", "ag-en")
HALVES: tuple[str, ...] = ("A", "B")
_DEV2_ID = re.compile(r"(?P<kind>" + "|".join(DEV2_KINDS) + r")(?P<num>[0-9]+)")


def dev2_half(article_id: str) -> str:
    """``"A"`` for an odd-numbered dev2 article, ``"B"`` for an even-numbered one.

    The number is counted within the source kind (``dv-ar``, ``dv-en``,
    ``ag-ar``, ``ag-en``), so each kind is split in two as well.  Half A is for
    developing, half B for measuring only.  Raises ``ValueError`` for an id
    that is not ``<kind><number>``.

    >>> dev2_half("dv-ar01"), dev2_half("ag-en10")
    ('A', 'B')
    """
    m = _DEV2_ID.fullmatch(article_id) if isinstance(article_id, str) else None
    if m is None:
        raise ValueError(
            f"{article_id!r} is not a dev2 article id"
            f" (one of {', '.join(DEV2_KINDS)} followed by a number)"
        )
    return "A" if int(m["num"]) % 2 else "B"


def select_half(gold: Mapping[str, Any], half: str) -> dict[str, Any]:
    """The entries of *gold* (keyed by dev2 article id) in *half* (``"A"``/``"B"``).

    Raises :class:`InputError` for another half name or an id that is not a
    dev2 id (a half only makes sense for dev2)."""
    half = half.upper() if isinstance(half, str) else half
    if half not in HALVES:
        raise InputError(f"--half must be A or B, not {half!r}")
    out: dict[str, Any] = {}
    for aid, doc in gold.items():
        try:
            if dev2_half(aid) == half:
                out[aid] = doc
        except ValueError as exc:
            raise InputError(f"--half: {exc}; halves are defined for eval/dev2 only") from None
    return out


# --------------------------------------------------------------------------- #
# Gold and prediction loading
# --------------------------------------------------------------------------- #


def _check_gold(doc: Any, where: str) -> None:
    """Raise InputError (naming *where*) unless *doc* has the gold shape."""
    reason = _gold_problem(doc)
    if reason:
        raise InputError(f"{where}: bad gold file: {reason}")


def _gold_problem(doc: Any) -> str | None:
    """What is wrong with the shape of a gold document (the first thing found), or None."""
    if not isinstance(doc, dict):
        return "the top level must be a JSON object"
    if "lang" in doc and doc["lang"] is not None and not isinstance(doc["lang"], str):
        return '"lang" must be a string'
    ents = doc.get("entities")
    rels = doc.get("relations", [])
    if not isinstance(ents, list):
        return '"entities" must be a list'
    if not isinstance(rels, list):
        return '"relations" must be a list'
    for i, e in enumerate(ents):
        if reason := _gold_entity_problem(i, e):
            return reason
    for i, r in enumerate(rels):
        if reason := _gold_relation_problem(i, r):
            return reason
    keys = _key_index(ents)
    for i, r in enumerate(rels):
        ends = [("source", r["source"])]
        if not schema.is_quoted(r["type"]):
            ends.append(("target", r["target"]))
        for key, ref in ends:
            if _resolve(ref, keys) is None:
                return (
                    f"relations[{i}] ({r['type']}): {key} {ref!r}"
                    " is not the name or an alias of any entity"
                )
    return None


def _gold_entity_problem(i: int, e: Any) -> str | None:
    entity_types = schema.entity_types()
    if not isinstance(e, dict):
        return f"entities[{i}] must be an object"
    if not isinstance(e.get("name"), str) or not e["name"].strip():
        return f'entities[{i}] needs a non-empty "name"'
    if e.get("type") not in entity_types:
        return (
            f'entities[{i}] ({e["name"]}): "type" must be one of {", ".join(entity_types)},'
            f" not {e.get('type')!r}"
        )
    aliases = e.get("aliases", [])
    if aliases is not None and (
        not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases)
    ):
        return f'entities[{i}] ({e["name"]}): "aliases" must be a list of strings'
    return None


def _gold_relation_problem(i: int, r: Any) -> str | None:
    relation_types = schema.scored_relation_types()
    if not isinstance(r, dict):
        return f"relations[{i}] must be an object"
    rtype = r.get("type")
    if rtype not in relation_types:
        return f'relations[{i}]: "type" must be one of {", ".join(relation_types)}, not {rtype!r}'
    if not isinstance(r.get("source"), str):
        return f'relations[{i}] ({rtype}): "source" must be an entity name'
    if schema.is_quoted(rtype):
        if not _quote_words(_quote_of(r)):
            return f'relations[{i}] ({rtype} by {r["source"]}): needs a non-empty "quote"'
    elif not isinstance(r.get("target"), str):
        return f'relations[{i}] ({rtype}): "target" must be an entity name'
    return None


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """Gold annotations from a ``<id>.json`` file or every ``*.json`` below a directory.

    Returns ``{article id: gold dict}`` in path order; the id is the file's
    ``"id"`` (else its stem).  Raises :class:`InputError` naming the file on
    unreadable/invalid JSON, a wrong shape or an id given twice."""
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*.json") if f.is_file())
        if not files:
            raise InputError(f"{p}: no gold files (*.json) found")
    elif p.is_file():
        files = [p]
    else:
        raise InputError(f"{p}: no such gold file or directory")
    gold: dict[str, dict[str, Any]] = {}
    seen: dict[str, Path] = {}
    for f in files:
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{f}: bad gold file: not UTF-8 ({exc.reason})") from exc
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{f}: bad gold file: invalid JSON"
                f" at line {exc.lineno} column {exc.colno}: {exc.msg}"
            ) from exc
        except OSError as exc:
            raise InputError(f"{f}: cannot read gold file: {exc.strerror or exc}") from exc
        _check_gold(doc, str(f))
        aid = doc.get("id") or f.stem
        if not isinstance(aid, str):
            raise InputError(f'{f}: bad gold file: "id" must be a string')
        if aid in seen:
            raise InputError(f"{f}: gold for article {aid!r} is also given by {seen[aid]}")
        seen[aid] = f
        gold[aid] = doc
    return gold


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Extraction dicts from a JSONL file (the output of ``graphbuild extract``)
    or every ``*.jsonl`` below a directory: ``{article id: extraction dict}``.
    A later line for the same id replaces an earlier one.  Raises
    :class:`InputError` naming ``file:line`` on a bad line."""
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*.jsonl") if f.is_file())
    elif p.is_file():
        files = [p]
    else:
        raise InputError(f"{p}: no such extraction file or directory")
    out: dict[str, dict[str, Any]] = {}
    for f in files:
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{f}: cannot read extractions: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{f}:{n}: invalid JSON: {exc.msg}") from exc
            if not isinstance(d, dict) or not isinstance(d.get("id"), str):
                raise InputError(f'{f}:{n}: an extraction must be a JSON object with a string "id"')
            out[d["id"]] = d
    return out


# --------------------------------------------------------------------------- #
# Counts and report
# --------------------------------------------------------------------------- #


@dataclass
class Counts:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        d = self.tp + self.fp
        return self.tp / d if d else None

    @property
    def recall(self) -> float | None:
        d = self.tp + self.fn
        return self.tp / d if d else None

    @property
    def f1(self) -> float | None:
        """``2PR / (P + R)`` (a missing P or R counts as 0), computed as score.py
        does so the rounded figures agree to the last digit; ``None`` when there
        is nothing to count."""
        if not (self.tp or self.fp or self.fn):
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def _type_keys() -> tuple[str, ...]:
    """The entity types, then the scored relation types, of :mod:`graphbuild.schema`."""
    return schema.entity_types() + schema.scored_relation_types()


def _empty_block() -> dict[str, Counts]:
    block = {k: Counts() for k in _type_keys()}
    block[_ENTITY_TOTAL] = Counts()
    block[_RELATION_TOTAL] = Counts()
    return block


@dataclass
class ArticleResult:
    """The outcome for one gold article: counts and the items that missed.

    ``false_negatives`` / ``false_positives`` hold dicts ``{"kind": "entity" |
    "relation", "type", "names" | "source"/"target"/"quote", ["why"]}``;
    ``matches`` maps each matched gold entity name to the predicted entity id."""

    id: str
    lang: str
    missing: bool = False
    counts: dict[str, Counts] = field(default_factory=_empty_block)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    matches: dict[str, str] = field(default_factory=dict)


@dataclass
class Report:
    """Scores of a set of predictions against gold (see the module doc)."""

    articles: list[ArticleResult]
    missing_articles: list[str]
    unscored_articles: list[str]

    def languages(self) -> list[str]:
        """``"all"`` then every gold language, sorted."""
        return ["all"] + sorted({a.lang for a in self.articles})

    def block(self, lang: str = "all") -> dict[str, Counts]:
        """Micro-averaged counts for one language (or ``"all"``): type → Counts."""
        out = _empty_block()
        for a in self.articles:
            if lang == "all" or a.lang == lang:
                for key, c in a.counts.items():
                    out.setdefault(key, Counts()).add(c)
        return out

    def counts(self, key: str, lang: str = "all") -> Counts:
        """Counts for one type, ``"entities"`` or ``"relations"``."""
        return self.block(lang).get(key, Counts())

    def to_dict(self) -> dict[str, Any]:
        langs = self.languages()
        return {
            "languages": {
                lang: {k: c.to_dict() for k, c in self.block(lang).items()} for lang in langs
            },
            "articles": {
                lang: sum(1 for a in self.articles if lang == "all" or a.lang == lang)
                for lang in langs
            },
            "missing_articles": list(self.missing_articles),
            "unscored_articles": list(self.unscored_articles),
        }

    def format_table(self) -> str:
        """A plain-text table, one block per language."""

        def pct(x: float | None) -> str:
            return "     -" if x is None else f"{100 * x:6.1f}"

        lines: list[str] = []
        header = f"{'':<11}{'tp':>5}{'fp':>5}{'fn':>5}{'P%':>7}{'R%':>7}{'F1%':>7}"
        for lang in self.languages():
            n = sum(1 for a in self.articles if lang == "all" or a.lang == lang)
            block = self.block(lang)
            lines.append(f"== {lang} ({n} article{'s' if n != 1 else ''}) ==")
            lines.append(header)
            order = [
                *schema.entity_types(),
                _ENTITY_TOTAL,
                *schema.scored_relation_types(),
                _RELATION_TOTAL,
            ]
            order += [k for k in block if k not in order]
            for key in order:
                c = block[key]
                if key in (_ENTITY_TOTAL, _RELATION_TOTAL):
                    lines.append("-" * len(header))
                lines.append(
                    f"{key:<11}{c.tp:>5}{c.fp:>5}{c.fn:>5}{pct(c.precision):>7}{pct(c.recall):>7}{pct(c.f1):>7}"
                )
                if key == _ENTITY_TOTAL:
                    lines.append("")
            lines.append("")
        if self.missing_articles:
            missing = ", ".join(self.missing_articles)
            lines.append(f"missing (no prediction, all counted as missed): {missing}")
        if self.unscored_articles:
            lines.append(f"unscored (no gold, ignored): {', '.join(self.unscored_articles)}")
        return "\n".join(lines).rstrip() + "\n"

    def misses(self) -> list[dict[str, Any]]:
        """For error analysis: per article with any error, its false negatives
        and false positives: ``[{"article", "lang", "missing", "false_negatives",
        "false_positives"}]`` in gold order."""
        return [
            {
                "article": a.id,
                "lang": a.lang,
                "missing": a.missing,
                "false_negatives": list(a.false_negatives),
                "false_positives": list(a.false_positives),
            }
            for a in self.articles
            if a.false_negatives or a.false_positives
        ]

    def misses_by_type(self) -> dict[str, dict[str, list[dict[str, Any]]]]:
        """The misses grouped by type, for ``--json --misses``::

            {"false_negatives": {type: [item, ...]}, "false_positives": {type: [item, ...]}}

        Every entity and relation type is a key (an empty list when nothing
        missed); a predicted relation of a type that is not scored is not listed.
        Each item is the miss of :meth:`misses` plus ``"article"`` and
        ``"lang"``: ``{"article", "lang", "kind": "entity" | "relation",
        "type", "names"}`` for an entity, ``{..., "source", "target",
        "quote"}`` for a relation, with ``"why"`` on false positives when known.
        Items are in gold article order, then in file order."""
        out: dict[str, dict[str, list[dict[str, Any]]]] = {
            "false_negatives": {k: [] for k in _type_keys()},
            "false_positives": {k: [] for k in _type_keys()},
        }
        for a in self.articles:
            for side, items in (
                ("false_negatives", a.false_negatives),
                ("false_positives", a.false_positives),
            ):
                for d in items:
                    out[side].setdefault(str(d["type"]), []).append(
                        {"article": a.id, "lang": a.lang, **d}
                    )
        return out

    def format_misses(self) -> str:
        """:meth:`misses` as readable text."""

        def item(d: dict[str, Any]) -> str:
            if d["kind"] == "entity":
                s = f"{d['type']:<9} {' | '.join(d['names'])}"
            else:
                s = f"{d['type']:<9} {d['source']}"
                if d.get("target") is not None:
                    s += f" -> {d['target']}"
                if d.get("quote"):
                    s += f"  «{d['quote']}»"
            if d.get("why"):
                s += f"  [{d['why']}]"
            return s

        lines: list[str] = []
        for m in self.misses():
            lines.append(
                f"== {m['article']} ({m['lang']}){'  — no prediction' if m['missing'] else ''}"
            )
            for d in m["false_negatives"]:
                lines.append(f"  FN {item(d)}")
            for d in m["false_positives"]:
                lines.append(f"  FP {item(d)}")
        return "\n".join(lines) + ("\n" if lines else "")


# --------------------------------------------------------------------------- #
# Scoring
# --------------------------------------------------------------------------- #


@dataclass
class _Ent:
    type: str
    name: str
    names: list[str]
    forms: frozenset[str]
    id: str = ""


def _aliases(e: Mapping[str, Any]) -> list[str]:
    aliases = e.get("aliases") or []
    return [a for a in aliases if isinstance(a, str)] if isinstance(aliases, list) else []


def _entity(e: Mapping[str, Any]) -> _Ent:
    """An entity's type, display names and form set (score.py's ``forms``: the
    forms of its name and of every alias together)."""
    name, etype, eid = (v if isinstance(v, str) else "" for v in map(e.get, ("name", "type", "id")))
    aliases = _aliases(e)
    forms: set[str] = set()
    for n in [name, *aliases]:
        forms |= name_forms(n)
    return _Ent(
        type=etype,
        name=name,
        names=[name, *(a for a in aliases if a != name)],
        forms=frozenset(forms),
        id=eid or name,
    )


def _entity_dicts(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [e for e in doc.get("entities") or [] if isinstance(e, Mapping)]


def _key_index(ents: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """score.py's ``index``: entity after entity, its id and name as written and
    normalised, then its normalised aliases → its index; the first entity to
    claim a key keeps it."""
    idx: dict[str, int] = {}
    for i, e in enumerate(ents):
        for k in (e.get("id"), e.get("name")):
            if k and isinstance(k, str):
                idx.setdefault(k, i)
                idx.setdefault(normalize_for_match(k), i)
        for a in _aliases(e):
            idx.setdefault(normalize_for_match(a), i)
    return idx


def _resolve(ref: Any, keys: Mapping[str, int]) -> int | None:
    """score.py's ``resolve``: the entity a relation end names, by the key as
    written, else normalised."""
    if not isinstance(ref, str):
        return None
    hit = keys.get(ref)
    return hit if hit is not None else keys.get(normalize_for_match(ref))


def _quote_of(r: Mapping[str, Any]) -> str:
    """The text a statement is compared by: its quote, else its evidence."""
    q = r.get("quote") or r.get("evidence") or ""
    return q if isinstance(q, str) else ""


def _snippet(text: str | None, limit: int = 80) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _match_entities(g_ents: list[_Ent], p_ents: list[_Ent]) -> dict[int, int]:
    """score.py's ``match_entities``: predicted index → gold index.  Each
    predicted entity in turn takes the first still-unmatched gold entity of its
    type sharing a form with it."""
    p2g: dict[int, int] = {}
    used: set[int] = set()
    for pi, p in enumerate(p_ents):
        for gi, g in enumerate(g_ents):
            if gi in used or g.type != p.type:
                continue
            if p.forms & g.forms:
                p2g[pi] = gi
                used.add(gi)
                break
    return p2g


def _entity_fp_why(p: _Ent, g_ents: list[_Ent]) -> str | None:
    same_name = [g for g in g_ents if g.forms & p.forms]
    if same_name and all(g.type != p.type for g in same_name):
        return f"gold has this name as {same_name[0].type}"
    if same_name:
        return "gold entity already matched by an earlier prediction"
    return None


def _score_entities(res: ArticleResult, g_ents: list[_Ent], p_ents: list[_Ent]) -> dict[int, int]:
    """Count the entities of one article into *res*; predicted index → gold index."""
    counts = res.counts
    scored = set(schema.entity_types())
    p2g = _match_entities(g_ents, p_ents)
    g2p = {gi: pi for pi, gi in p2g.items()}
    for gi, g in enumerate(g_ents):
        c = counts.setdefault(g.type, Counts())
        if gi in g2p:
            c.tp += 1
            counts[_ENTITY_TOTAL].tp += 1
            res.matches[g.name] = p_ents[g2p[gi]].id
        else:
            c.fn += 1
            counts[_ENTITY_TOTAL].fn += 1
            res.false_negatives.append({"kind": "entity", "type": g.type, "names": g.names})
    for pi, p in enumerate(p_ents):
        if pi in p2g or p.type not in scored:
            continue
        counts.setdefault(p.type, Counts()).fp += 1
        counts[_ENTITY_TOTAL].fp += 1
        why = _entity_fp_why(p, g_ents)
        res.false_positives.append(
            {
                "kind": "entity",
                "type": p.type,
                "names": p.names,
                **({"why": why} if why else {}),
            }
        )
    return p2g


class _GoldRel(NamedTuple):
    type: str
    source: int | None  # gold entity index
    target: int | None
    quote: str
    raw: Mapping[str, Any]


class _PredRel(NamedTuple):
    type: str
    source: int | None  # predicted entity index
    target: int | None
    gold_source: int | None  # the gold entity the predicted one matched
    gold_target: int | None
    quote: str
    raw: Mapping[str, Any]


def _rel_match(g: _GoldRel, p: _PredRel) -> bool:
    """Does predicted relation *p* match gold relation *g* (score.py's test)?"""
    ps, pt = p.gold_source, p.gold_target
    if g.type != p.type or ps is None:
        return False
    if schema.is_quoted(g.type):
        return ps == g.source and _quotes_match(p.quote, g.quote)
    if pt is None:
        return False
    if schema.is_symmetric(g.type):
        return {ps, pt} == {g.source, g.target}
    return (ps, pt) == (g.source, g.target)


def _relation_fp_why(p: _PredRel, g_rels: list[_GoldRel]) -> str:
    quoted = schema.is_quoted(p.type)
    if p.source is None:
        return "source is not a predicted entity"
    if p.gold_source is None:
        return "source matches no gold entity"
    if not quoted and p.target is None:
        return "target is not a predicted entity"
    if not quoted and p.gold_target is None:
        return "target matches no gold entity"
    if quoted and any(g.type == p.type and g.source == p.gold_source for g in g_rels):
        return "quote overlap below 60% (or gold statement already matched)"
    return "no such gold relation"


def _gold_relations(gold: Mapping[str, Any], scored: set[str]) -> list[_GoldRel]:
    """The gold relations of a scored type, their ends resolved to gold entity indices."""
    g_keys = _key_index(_entity_dicts(gold))
    return [
        _GoldRel(
            r["type"],
            _resolve(r.get("source"), g_keys),
            _resolve(r.get("target"), g_keys),
            _quote_of(r),
            r,
        )
        for r in gold.get("relations") or []
        if isinstance(r, Mapping) and r.get("type") in scored
    ]


def _pred_relations(
    pred: Mapping[str, Any], scored: set[str], p2g: dict[int, int]
) -> list[_PredRel]:
    """The predicted relations of a scored type, ends resolved and mapped to gold."""
    p_keys = _key_index(_entity_dicts(pred))
    p_rels = []
    for r in pred.get("relations") or []:
        if not isinstance(r, Mapping) or r.get("type") not in scored:
            continue  # score.py neither counts nor matches another type
        ps, pt = _resolve(r.get("source"), p_keys), _resolve(r.get("target"), p_keys)
        gs = None if ps is None else p2g.get(ps)
        gt = None if pt is None else p2g.get(pt)
        p_rels.append(_PredRel(r["type"], ps, pt, gs, gt, _quote_of(r), r))
    return p_rels


def _match_relations(g_rels: list[_GoldRel], p_rels: list[_PredRel]) -> dict[int, int]:
    """score.py: each predicted relation in turn takes the first unmatched gold one."""
    rp2g: dict[int, int] = {}
    used: set[int] = set()
    for pi, p in enumerate(p_rels):
        for gi, g in enumerate(g_rels):
            if gi not in used and _rel_match(g, p):
                rp2g[pi] = gi
                used.add(gi)
                break
    return rp2g


def _count_gold_relations(res: ArticleResult, g_rels: list[_GoldRel], used: set[int]) -> None:
    """Count each gold relation as a true positive (in *used*) or a false negative."""
    counts = res.counts
    for gi, g in enumerate(g_rels):
        c = counts.setdefault(g.type, Counts())
        if gi in used:
            c.tp += 1
            counts[_RELATION_TOTAL].tp += 1
        else:
            c.fn += 1
            counts[_RELATION_TOTAL].fn += 1
            res.false_negatives.append(
                {
                    "kind": "relation",
                    "type": g.type,
                    "source": g.raw.get("source"),
                    "target": None if schema.is_quoted(g.type) else g.raw.get("target"),
                    "quote": _snippet(g.quote) if schema.is_quoted(g.type) else None,
                }
            )


def _count_false_positive_relations(
    res: ArticleResult,
    p_rels: list[_PredRel],
    rp2g: dict[int, int],
    g_rels: list[_GoldRel],
    p_ents: list[_Ent],
) -> None:
    """Count each unmatched predicted relation as a false positive, with why."""
    counts = res.counts

    def ent_label(pi: int | None, ref: Any) -> Any:
        return p_ents[pi].name if pi is not None else ref

    for pi, p in enumerate(p_rels):
        if pi in rp2g:
            continue
        counts.setdefault(p.type, Counts()).fp += 1
        counts[_RELATION_TOTAL].fp += 1
        quoted = schema.is_quoted(p.type)
        res.false_positives.append(
            {
                "kind": "relation",
                "type": p.type,
                "source": ent_label(p.source, p.raw.get("source")),
                "target": None if quoted else ent_label(p.target, p.raw.get("target")),
                "quote": _snippet(p.quote) if quoted else None,
                "why": _relation_fp_why(p, g_rels),
            }
        )


def _score_relations(
    res: ArticleResult,
    gold: Mapping[str, Any],
    pred: Mapping[str, Any],
    p_ents: list[_Ent],
    p2g: dict[int, int],
) -> None:
    """Count the relations of one article into *res* (entities matched by *p2g*)."""
    scored = set(schema.scored_relation_types())
    g_rels = _gold_relations(gold, scored)
    p_rels = _pred_relations(pred, scored, p2g)
    rp2g = _match_relations(g_rels, p_rels)
    _count_gold_relations(res, g_rels, set(rp2g.values()))
    _count_false_positive_relations(res, p_rels, rp2g, g_rels, p_ents)


def _score_article(
    aid: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None
) -> ArticleResult:
    lang = gold.get("lang")
    res = ArticleResult(
        id=aid, lang=lang if lang and isinstance(lang, str) else "?", missing=pred is None
    )
    pred = pred or {}
    g_ents = [_entity(e) for e in _entity_dicts(gold)]
    p_ents = [_entity(e) for e in _entity_dicts(pred)]
    p2g = _score_entities(res, g_ents, p_ents)
    _score_relations(res, gold, pred, p_ents, p2g)
    return res


def _prediction_for(
    aid: str, predicted: Mapping[str, Mapping[str, Any]]
) -> tuple[str, Mapping[str, Any]] | None:
    """The prediction for gold article *aid*: the one with its id, else the
    first whose id has *aid* as stem (score.py: ``en01.txt`` for ``en01``)."""
    if aid in predicted:
        return aid, predicted[aid]
    for k, v in predicted.items():
        if Path(str(k)).stem == aid:
            return k, v
    return None


def score(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> Report:
    """Score *predicted* extraction dicts (``Extraction.to_dict()`` shape) against
    *gold* (as from :func:`load_gold`), both keyed by article id."""
    results = []
    missing = []
    used: set[str] = set()
    for aid, g in gold.items():
        found = _prediction_for(aid, predicted)
        if found is None:
            missing.append(aid)
        else:
            used.add(found[0])
        results.append(_score_article(aid, g, None if found is None else found[1]))
    unscored = sorted(k for k in predicted if k not in gold and k not in used)
    return Report(articles=results, missing_articles=missing, unscored_articles=unscored)


def evaluate(gold_dir: str | Path, extractions: Iterable[Any]) -> Report:
    """Load gold from *gold_dir* and score *extractions* (``Extraction`` objects
    or extraction dicts; a later one for the same article id wins)."""
    gold = load_gold(gold_dir)
    predicted: dict[str, dict[str, Any]] = {}
    for x in extractions:
        d = x.to_dict() if hasattr(x, "to_dict") else dict(x)
        predicted[d["id"]] = d
    return score(gold, predicted)
