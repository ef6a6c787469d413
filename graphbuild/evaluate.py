"""Score extractions against gold annotations (the scorer behind ``graphbuild eval``).

The rules are those of ``eval/FORMAT.md`` ("How a prediction is scored").
This module is deliberately independent of the extraction pipeline (its own
normalisation, no lexicons), so a change to the extractor never changes the ruler.
The types scored are the entity types and the ``scored`` relation types of
:mod:`graphbuild.schema`, which also says which relation types are symmetric
(matched in either direction: MET_WITH) and quoted (matched by speaker and quote:
SAID).

Its letter map is exactly the one of the reference scorer ``eval/score.py``
(FORMAT.md), not :data:`graphbuild.text.ARABIC_FOLD`: the extractor also folds
the Persian ی ک, the ruler does not, so sharing the table would move the ruler
whenever the extractor's folding changes (a test keeps the map equal to
score.py's).

Comparison
    :func:`normalize_for_match`: NFKC; invisible format characters (RLM, ZWNJ…)
    removed; Arabic diacritics and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه,
    ؤ → و, ئ → ي; every Unicode punctuation character (category P*, which covers
    quotes, «» “” ، ؛ ؟ and hyphens) plus the backtick/acute accent to a space;
    lower case; whitespace collapsed.  :func:`name_forms` adds the forms with a
    leading article dropped: "the " for English, "ال" from the first word for
    Arabic.  Two names are equal when their form sets intersect.

Entity matching (one-to-one, greedy, deterministic)
    Every (gold, predicted) pair of the same type whose name/alias form sets
    intersect is a candidate, weighted by the number of shared forms.  Candidates
    are taken by decreasing overlap, ties broken by gold file order, then by
    predicted order; a pair is accepted when neither side is already matched.

Relation matching (one-to-one, greedy, deterministic)
    A predicted relation's ``source``/``target`` are predicted entity ids (a value
    that is no id is tried as an exact name, then as the normalised name/alias
    of exactly one predicted entity); they map to the predicted entity
    and from there to its matched gold entity.  Gold ``source``/``target`` are gold
    entity names (exact name first, else a unique normalised name/alias).  A pair
    is a candidate when the types are equal and the endpoints are the same gold
    entities (MET_WITH in either direction, MEMBER_OF as written); SAID compares
    the speaker only (target ignored) and needs the quotes' normalised words to
    overlap (multiset intersection) by at least 60% of the shorter quote's word
    count.  Candidates are taken by decreasing quote overlap (1.0 for non-SAID),
    then gold order, then predicted order.

Counting
    Micro-averaged tp/fp/fn per type, for entities and relations overall, per
    gold language and for all articles.  Gold articles absent from the
    predictions count as all-missed (``missing_articles``); predictions for
    articles without gold are ignored (``unscored_articles``).  Precision,
    recall or F1 whose denominator is zero is ``None`` (``null`` in JSON,
    ``-`` in the table); F1 is ``2tp / (2tp + fp + fn)``.

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
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
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

SAID_OVERLAP = 0.6  # fraction of the shorter quote's words that must be shared
_OVERLAP_NUM, _OVERLAP_DEN = 3, 5  # the same, as integers (no float rounding)

#: The built-in scored types; :func:`_type_keys` reads the registry as it is now.
TYPE_KEYS: tuple[str, ...] = schema.entity_types() + schema.scored_relation_types()
_ENTITY_TOTAL = "entities"
_RELATION_TOTAL = "relations"

# --------------------------------------------------------------------------- #
# Normalisation
# --------------------------------------------------------------------------- #

_TATWEEL = "\u0640"


def _is_arabic_diacritic(cp: int) -> bool:
    return (
        0x0610 <= cp <= 0x061A  # signs above/below letters (honorifics, small marks)
        or 0x064B <= cp <= 0x065F  # harakat: fathatan … wavy hamza below
        or cp == 0x0670  # superscript alef
        or 0x06D6 <= cp <= 0x06DC  # Quranic annotation marks
        or 0x06DF <= cp <= 0x06E4
        or 0x06E7 <= cp <= 0x06E8
        or 0x06EA <= cp <= 0x06ED
        or 0x08D3 <= cp <= 0x08FF  # Arabic Extended-A marks
    )


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
_QUOTE_SYMBOLS = frozenset("`´")  # quote-like symbols outside category P


def _map_char(ch: str) -> str:
    if ch == _TATWEEL or _is_arabic_diacritic(ord(ch)):
        return ""
    mapped = _LETTER_MAP.get(ch)
    if mapped is not None:
        return mapped
    cat = unicodedata.category(ch)
    if cat.startswith("P") or ch in _QUOTE_SYMBOLS:
        return " "
    if cat == "Cf":  # RLM/LRM, ZWJ/ZWNJ, BOM: invisible, never part of a name
        return ""
    return ch


def normalize_for_match(text: str | None) -> str:
    """The comparison form of *text* (FORMAT.md); ``""`` for ``None``.

    >>> normalize_for_match("«أحمد  معيتيق»،")
    'احمد معيتيق'
    >>> normalize_for_match("Al-Serraj's")
    'al serraj s'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(_map_char(ch) for ch in text)
    return " ".join(text.lower().split())


def name_forms(text: str | None) -> frozenset[str]:
    """The normalised forms under which a name counts: itself, and with a
    leading article dropped ("the " in English; "ال" from the first word in
    Arabic, when something is left of that word).  Empty for an empty name."""
    norm = normalize_for_match(text)
    if not norm:
        return frozenset()
    forms = {norm}
    if norm.startswith("the ") and len(norm) > 4:
        forms.add(norm[4:])
    first, sep, rest = norm.partition(" ")
    if first.startswith("ال") and len(first) > 2:
        forms.add(first[2:] + sep + rest)
    return frozenset(forms)


def _quote_words(text: str | None) -> list[str]:
    return normalize_for_match(text).split()


def quote_overlap(a: str | None, b: str | None) -> tuple[int, int]:
    """``(shared words, words of the shorter quote)`` after normalisation.

    Shared words are counted as a multiset intersection."""
    wa, wb = _quote_words(a), _quote_words(b)
    shared = sum((Counter(wa) & Counter(wb)).values())
    return shared, min(len(wa), len(wb))


def _quotes_match(shared: int, shorter: int) -> bool:
    return shorter > 0 and shared * _OVERLAP_DEN >= shorter * _OVERLAP_NUM


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
    gold_ents = _gold_entities(ents)
    for i, r in enumerate(rels):
        ends = [("source", r["source"])]
        if not schema.is_quoted(r["type"]):
            ends.append(("target", r["target"]))
        for key, ref in ends:
            if _resolve_gold(ref, gold_ents) is None:
                return (
                    f"relations[{i}] ({r['type']}): {key} {ref!r}"
                    " is not the name of exactly one entity"
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
        if not _quote_words(r.get("quote")):
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
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

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
        missed); a predicted relation of an unknown type gets its own key.
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


def _entity_forms(name: str, aliases: Iterable[str] | None) -> tuple[list[str], frozenset[str]]:
    names = [name] + [a for a in (aliases or ()) if isinstance(a, str) and a != name]
    forms: set[str] = set()
    for n in names:
        forms |= name_forms(n)
    return names, frozenset(forms)


def _gold_entities(ents: list[dict[str, Any]]) -> list[_Ent]:
    out = []
    for e in ents:
        names, forms = _entity_forms(e["name"], e.get("aliases"))
        out.append(_Ent(type=e["type"], name=e["name"], names=names, forms=forms))
    return out


def _resolve_gold(ref: str | None, ents: list[_Ent]) -> int | None:
    """Index of the gold entity named *ref*: the exact name, else the only
    entity having one of *ref*'s forms among its names/aliases."""
    if ref is None:
        return None
    for i, e in enumerate(ents):
        if e.name == ref:
            return i
    forms = name_forms(ref)
    hits = [i for i, e in enumerate(ents) if forms & e.forms]
    return hits[0] if len(hits) == 1 else None


def _snippet(text: str | None, limit: int = 80) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pred_entities(pred: Mapping[str, Any]) -> list[_Ent]:
    out = []
    for e in pred.get("entities") or []:
        name = e.get("name") or ""
        names, forms = _entity_forms(name, e.get("aliases"))
        out.append(
            _Ent(
                type=e.get("type") or "",
                name=name,
                names=names,
                forms=forms,
                id=e.get("id") or name,
            )
        )
    return out


def _one_to_one(candidates: list[tuple[float, int, int]]) -> tuple[dict[int, int], dict[int, int]]:
    """Greedy matching: best score first, then gold order, then prediction order."""
    g2p: dict[int, int] = {}
    p2g: dict[int, int] = {}
    for _, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gi not in g2p and pi not in p2g:
            g2p[gi] = pi
            p2g[pi] = gi
    return g2p, p2g


def _entity_fp_why(p: _Ent, g_ents: list[_Ent]) -> str | None:
    same_name = [g for g in g_ents if g.forms & p.forms]
    if same_name and all(g.type != p.type for g in same_name):
        return f"gold has this name as {same_name[0].type}"
    if same_name:
        return "gold entity already matched by another prediction"
    return None


def _score_entities(res: ArticleResult, g_ents: list[_Ent], p_ents: list[_Ent]) -> dict[int, int]:
    """Count the entities of one article into *res*; predicted index → gold index."""
    counts = res.counts
    g2p, p2g = _one_to_one(
        [
            (len(g.forms & p.forms), gi, pi)
            for gi, g in enumerate(g_ents)
            for pi, p in enumerate(p_ents)
            if g.type == p.type and g.forms & p.forms
        ]
    )
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
        if pi not in p2g:
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
    target: int | None  # None for a quoted type
    quote: str | None
    raw: Mapping[str, Any]


class _PredRel(NamedTuple):
    type: str
    source: int | None  # predicted entity index
    target: int | None
    gold_source: int | None  # the gold entity the predicted one matched
    gold_target: int | None
    quote: str | None
    raw: Mapping[str, Any]


def _pred_entity_finder(p_ents: list[_Ent]) -> Callable[[Any], int | None]:
    by_id: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for pi, p in enumerate(p_ents):
        by_id.setdefault(p.id, pi)
        by_name.setdefault(p.name, pi)

    def pred_entity(ref: Any) -> int | None:
        """Predicted entity index: by id, else by exact name, else the only
        predicted entity with that normalised name/alias."""
        if not isinstance(ref, str):
            return None
        if ref in by_id:
            return by_id[ref]
        if ref in by_name:
            return by_name[ref]
        forms = name_forms(ref)
        hits = [pi for pi, p in enumerate(p_ents) if forms & p.forms]
        return hits[0] if len(hits) == 1 else None

    return pred_entity


def _rel_match(g: _GoldRel, p: _PredRel) -> float | None:
    ps, pt = p.gold_source, p.gold_target
    if g.type != p.type or g.source is None or ps is None:
        return None
    if schema.is_quoted(g.type):
        if g.source != ps:
            return None
        shared, shorter = quote_overlap(g.quote, p.quote)
        return shared / shorter if _quotes_match(shared, shorter) else None
    if g.target is None or pt is None:
        return None
    if (g.source, g.target) == (ps, pt) or (
        schema.is_symmetric(g.type) and (g.source, g.target) == (pt, ps)
    ):
        return 1.0
    return None


def _relation_fp_why(p: _PredRel, g_rels: list[_GoldRel]) -> str:
    quoted = schema.is_quoted(p.type)
    if p.type not in schema.scored_relation_types():
        return "unknown relation type"
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


def _score_relations(
    res: ArticleResult,
    gold: Mapping[str, Any],
    pred: Mapping[str, Any],
    g_ents: list[_Ent],
    p_ents: list[_Ent],
    p2g: dict[int, int],
) -> None:
    """Count the relations of one article into *res* (entities matched by *p2g*)."""
    counts = res.counts
    pred_entity = _pred_entity_finder(p_ents)
    g_rels = [
        _GoldRel(
            r["type"],
            _resolve_gold(r.get("source"), g_ents),
            None if schema.is_quoted(r["type"]) else _resolve_gold(r.get("target"), g_ents),
            r.get("quote"),
            r,
        )
        for r in gold.get("relations") or []
    ]
    p_rels = []
    for r in pred.get("relations") or []:
        ps, pt = pred_entity(r.get("source")), pred_entity(r.get("target"))
        gs = None if ps is None else p2g.get(ps)
        gt = None if pt is None else p2g.get(pt)
        p_rels.append(_PredRel(r.get("type") or "", ps, pt, gs, gt, r.get("quote"), r))

    rg2p, rp2g = _one_to_one(
        [
            (m, gi, pi)
            for gi, g in enumerate(g_rels)
            for pi, p in enumerate(p_rels)
            if (m := _rel_match(g, p)) is not None
        ]
    )
    for gi, g in enumerate(g_rels):
        c = counts.setdefault(g.type, Counts())
        if gi in rg2p:
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
                    "quote": _snippet(g.quote),
                }
            )

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
                "quote": _snippet(p.quote),
                "why": _relation_fp_why(p, g_rels),
            }
        )


def _score_article(
    aid: str, gold: Mapping[str, Any], pred: Mapping[str, Any] | None
) -> ArticleResult:
    lang = gold.get("lang") or (pred or {}).get("lang") or "unknown"
    res = ArticleResult(id=aid, lang=lang, missing=pred is None)
    pred = pred or {}
    g_ents = _gold_entities(list(gold.get("entities") or []))
    p_ents = _pred_entities(pred)
    p2g = _score_entities(res, g_ents, p_ents)
    _score_relations(res, gold, pred, g_ents, p_ents, p2g)
    return res


def score(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> Report:
    """Score *predicted* extraction dicts (``Extraction.to_dict()`` shape) against
    *gold* (as from :func:`load_gold`), both keyed by article id."""
    results = [_score_article(aid, g, predicted.get(aid)) for aid, g in gold.items()]
    missing = [aid for aid in gold if aid not in predicted]
    unscored = sorted(aid for aid in predicted if aid not in gold)
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
