"""Identity across the corpus: the same official under different spellings is one node.

In-article resolution (surname → full name, bare title → holder) happens in
:mod:`graphbuild.nlp.extract`. Here, across articles, two Official entities are
the same person when their *name skeletons* are equal:

* the :func:`~graphbuild.text.normalize_key` form (hamza, ya and ta marbuta
  variants folded, accents and case dropped), word by word cut down by the
  name-skeleton rules of the name's script (``lang/<code>/skeleton.tsv`` of the
  language whose profile normaliser is that script, read by
  :func:`graphbuild.lang.load_skeleton`):
* Arabic: a leading ال dropped from each word (when three letters stay);
* Latin: the particles al/el dropped, digraphs folded (gh→g, kh→k, dh→d, th→t,
  sh→s, ou→u, q→k, ck→k), double letters collapsed and the vowels after each
  word's first letter dropped — so Bashagha / Bashaga and Serraj / Sarraj /
  al-Sarraj meet, while names with other consonants do not.

A one-word name (a surname seen alone in an article) joins the only full name in
the corpus whose last word has its skeleton. Only Officials are merged, so two
different types never merge; ids stay label-aware. Every merge is kept in the
surviving entity's ``merges`` with the reason, and the other spellings become
aliases.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import schema
from .lang import SUPPORTED_LANGS, Skeleton, load_profile, load_skeleton
from .model import Entity, Extraction, Relation
from .text import is_arabic, normalize_key

__all__ = ["resolve_corpus", "name_skeleton", "OfficialIndex", "Resolution", "Canonical"]

_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=None)
def _rules(script: str) -> Skeleton:
    """The skeleton rules of the first language whose profile normaliser is ``script``
    (none: no rules)."""
    lang = next((code for code in SUPPORTED_LANGS if load_profile(code).normaliser == script), None)
    return load_skeleton(lang) if lang else Skeleton()


def _word(w: str, rules: Skeleton) -> str:
    if (
        rules.article
        and w.startswith(rules.article)
        and len(w) - len(rules.article) >= rules.article_keeps
    ):
        w = w[len(rules.article) :]
    for a, b in rules.digraphs:
        w = w.replace(a, b)
    if rules.doubles:
        w = _DOUBLE.sub(r"\1", w)
    if rules.vowels:
        w = w[:1] + "".join(c for c in w[1:] if c not in rules.vowels)
    return w


def name_skeleton(name: str) -> tuple[str, ...]:
    """Spelling-insensitive key of a person's name (see the module docstring)."""
    rules = _rules("arabic" if is_arabic(name) else "latin")
    return tuple(_word(w, rules) for w in normalize_key(name).split() if w not in rules.particles)


class _Groups:
    """Union-find over entity ids; every merge keeps its reason on both entities."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)

    def find(self, x: str) -> str:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def union(self, a: str, b: str, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.reasons[a].append(why)
            self.reasons[b].append(why)


@dataclass(frozen=True)
class Canonical:
    """What an official takes from the canonical entity of its group."""

    id: str
    name: str
    country: str | None
    title: str | None


@dataclass
class _Official:
    """The summary of one official id over the corpus: all that resolution needs of it."""

    order: int  # rank of its first mention in the corpus
    name: str  # the name of its first mention
    skeleton: tuple[str, ...]
    count: int = 0  # mentions (one per article that names it)
    words: int = 0  # the most words of its mentions' names…
    best: Canonical | None = None  # …and the first mention with that many


class OfficialIndex:
    """Officials of the corpus, one compact summary per id, fed one extraction at a time.

    Resolution is corpus-wide (a surname in the first article may join a full name
    seen in the last), so the index is filled first and :meth:`resolution` read
    at the end; the extractions themselves need not be kept.
    """

    def __init__(self) -> None:
        self.officials: dict[str, _Official] = {}

    def add(self, ex: Extraction) -> None:
        for e in ex.entities:
            if e.type != schema.OFFICIAL:
                continue
            o = self.officials.get(e.id)
            if o is None:
                o = self.officials[e.id] = _Official(
                    len(self.officials), e.name, name_skeleton(e.name)
                )
            o.count += 1
            words = len(e.name.split())
            if words > o.words:
                o.words, o.best = words, Canonical(e.id, e.name, e.country, e.title)

    def update(self, later: OfficialIndex) -> None:
        """Fold in the index of the articles that come after this one's (a partition of a
        cluster run): the result is the index of both parts fed in order, so merging the
        partitions' indexes in partition order gives the single-process index."""
        for i, theirs in later.officials.items():  # in their order of first mention
            o = self.officials.get(i)
            if o is None:
                o = self.officials[i] = _Official(len(self.officials), theirs.name, theirs.skeleton)
            o.count += theirs.count
            if theirs.words > o.words:  # strictly more: the first mention of the most words
                o.words, o.best = theirs.words, theirs.best

    def _group(self) -> _Groups:
        """Same skeleton of two words or more; then a lone surname with the only full name."""
        groups = _Groups()
        by_skel: dict[tuple[str, ...], list[str]] = defaultdict(list)
        full = [(i, o) for i, o in self.officials.items() if len(o.skeleton) >= 2]
        for i, o in full:
            by_skel[o.skeleton].append(i)
        for sk, ids in sorted(by_skel.items()):
            first = self.officials[ids[0]]
            for other in ids[1:]:
                why = (
                    f"{self.officials[other].name!r} = {first.name!r}: "
                    f"same name skeleton {' '.join(sk)!r}"
                )
                groups.union(ids[0], other, why)
        by_last: dict[str, set[str]] = defaultdict(set)
        first_of_root: dict[str, str] = {}
        for i, o in full:  # in order of first mention
            by_last[o.skeleton[-1]].add(groups.find(i))
            first_of_root.setdefault(groups.find(i), i)
        for i, o in self.officials.items():
            if len(o.skeleton) == 1 and len(by_last.get(o.skeleton[0], ())) == 1:
                target = first_of_root[next(iter(by_last[o.skeleton[0]]))]
                why = (
                    f"{o.name!r} = {self.officials[target].name!r}: "
                    "the only full name in the corpus with that surname"
                )
                groups.union(target, i, why)
        return groups

    def resolution(self) -> Resolution:
        """The canonical entity of every official and the reasons of every merge."""
        groups = self._group()
        members: dict[str, list[str]] = defaultdict(list)
        for i in self.officials:
            members[groups.find(i)].append(i)
        canon: dict[str, Canonical] = {}
        for ids in members.values():
            # most words, then most mentions, then smallest id
            best = min(ids, key=lambda i: (-self.officials[i].words, -self.officials[i].count, i))
            c = self.officials[best].best
            assert c is not None
            for i in ids:
                canon[i] = c
        return Resolution(canon, dict(groups.reasons))


class Resolution:
    """The outcome of :meth:`OfficialIndex.resolution`, applied one extraction at a time."""

    def __init__(self, canon: dict[str, Canonical], reasons: dict[str, list[str]]) -> None:
        self.canon = canon
        self.reasons = reasons

    @property
    def merges_nothing(self) -> bool:
        """No two officials are one: extractions pass through unchanged."""
        return not self.reasons

    def apply(self, ex: Extraction) -> Extraction:
        """``ex`` with its officials under their canonical ids, names and merges."""
        if self.merges_nothing:
            return ex
        remap = {
            e.id: self.canon[e.id].id
            for e in ex.entities
            if e.type == schema.OFFICIAL and e.id in self.canon
        }
        return Extraction(
            article=ex.article,
            entities=_merged_entities(ex, self.canon, self.reasons, remap),
            relations=_remapped_relations(ex, remap),
        )


def _merged_entities(
    ex: Extraction,
    canon: dict[str, Canonical],
    reasons: dict[str, list[str]],
    remap: dict[str, str],
) -> tuple[Entity, ...]:
    """The entities of one article with officials renamed to their canonical entity, one per id."""
    merged: dict[str, Entity] = {}  # in first-seen order
    for e in ex.entities:
        new_id = remap.get(e.id, e.id)
        if e.type == schema.OFFICIAL and e.id in canon:
            c = canon[e.id]
            aliases = set(e.aliases) | ({e.name} if e.name != c.name else set())
            why = tuple(sorted(set(e.merges) | set(reasons.get(e.id, []))))
            e = Entity(
                **{
                    **e.__dict__,
                    "id": new_id,
                    "name": c.name,
                    "aliases": tuple(sorted(aliases - {c.name})),
                    "merges": why,
                    "country": e.country or c.country,
                    "title": e.title or c.title,
                }
            )
        if new_id in merged:
            prev = merged[new_id]
            aliases = (set(prev.aliases) | set(e.aliases) | {e.name}) - {prev.name}
            merged[new_id] = Entity(
                **{
                    **prev.__dict__,
                    "aliases": tuple(sorted(aliases)),
                    "merges": tuple(sorted(set(prev.merges) | set(e.merges))),
                    "confidence": max(prev.confidence, e.confidence),
                }
            )
        else:
            merged[new_id] = e
    return tuple(merged.values())


def _remapped_relations(ex: Extraction, remap: dict[str, str]) -> tuple[Relation, ...]:
    """The relations of one article between the new ids: no self-loops, no duplicates."""
    rels: list[Relation] = []
    seen: set[tuple[str | None, ...]] = set()
    for r in ex.relations:
        src = remap.get(r.source, r.source)
        tgt = remap.get(r.target, r.target) if r.target else None
        if tgt is not None and src == tgt:
            continue
        key = (
            (r.type, *sorted((src, tgt or "")))
            if schema.is_symmetric(r.type)
            else (r.type, src, tgt, r.quote)
        )
        if key in seen:
            continue
        seen.add(key)
        mentions = tuple(sorted({remap.get(m, m) for m in r.mentions} - {src}))
        rels.append(Relation(**{**r.__dict__, "source": src, "target": tgt, "mentions": mentions}))
    return tuple(rels)


def resolve_corpus(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Give every official one id across the corpus; returns new extractions."""
    index = OfficialIndex()
    for ex in extractions:
        index.add(ex)
    resolution = index.resolution()
    return [resolution.apply(ex) for ex in extractions]
