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

import itertools
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from . import schema
from .lang import SUPPORTED_LANGS, Skeleton, load_profile, load_skeleton
from .model import Entity, Extraction, Relation
from .ondisk import DiskMap, private_db
from .text import is_arabic, normalize_key

__all__ = [
    "resolve_corpus",
    "name_skeleton",
    "officials_of",
    "open_resolution",
    "OfficialIndex",
    "Resolution",
    "Canonical",
]

_DOUBLE = re.compile(r"(.)\1+")
#: officials whose summary the index keeps in memory (the ids met last) before it writes
#: them to its table
CACHE = 20_000


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


# one row of the index: [order, name, skeleton, count, words, best name, country, title]
_SKEL, _COUNT, _WORDS = 2, 3, 4
_COLUMNS = "ord, name, skel, count, words, bname, bcountry, btitle"


#: what :meth:`OfficialIndex.add_officials` reads of an official's mention: its id, name,
#: name skeleton (words joined by spaces), country and title
OfficialMention = tuple[str, str, str, str | None, str | None]


def officials_of(ex: Extraction) -> list[OfficialMention]:
    """The officials of ``ex`` as :class:`OfficialIndex` reads them, in order."""
    return [
        (e.id, e.name, " ".join(name_skeleton(e.name)), e.country, e.title)
        for e in ex.entities
        if e.type == schema.OFFICIAL
    ]


class OfficialIndex:
    """Officials of the corpus, one compact summary per id, fed one extraction at a time.

    Resolution is corpus-wide (a surname in the first article may join a full name
    seen in the last), so the index is filled first and :meth:`resolution` read
    at the end; the extractions themselves need not be kept. The summaries — the
    order of the first mention, its name and skeleton (words joined by spaces), the
    mentions, and the first mention with the most words — are rows of a table on disk
    (:func:`graphbuild.ondisk.private_db`); the ids met last (at most :data:`CACHE`)
    are kept in memory and written in one go. A pickled index carries its rows.
    """

    def __init__(self) -> None:
        self._db = private_db()
        self._db.execute(
            "CREATE TABLE off (id TEXT PRIMARY KEY, ord INTEGER NOT NULL, name TEXT NOT NULL,"
            " skel TEXT NOT NULL, count INTEGER NOT NULL, words INTEGER NOT NULL, bname TEXT,"
            " bcountry TEXT, btitle TEXT, nskel INTEGER NOT NULL, last TEXT) WITHOUT ROWID"
        )
        self._recent: dict[str, list] = {}  # id -> row, written by flush()
        self.count = 0

    def _row(self, oid: str, name: str, skel: str | None = None) -> list:
        """The summary of ``oid`` (a new one, first named ``name``, when there is none)."""
        row = self._recent.get(oid)
        if row is not None:
            return row
        if len(self._recent) >= CACHE:
            self.flush()
        found = self._db.execute(f"SELECT {_COLUMNS} FROM off WHERE id = ?", (oid,)).fetchone()
        if found is None:
            skel = " ".join(name_skeleton(name)) if skel is None else skel
            found = (self.count, name, skel, 0, 0, None, None, None)
            self.count += 1
        row = self._recent[oid] = list(found)
        return row

    def add(self, ex: Extraction) -> None:
        self.add_officials(officials_of(ex))

    def add_officials(self, officials: Iterable[OfficialMention]) -> None:
        """Add the officials of one extraction (:func:`officials_of`, made in this process
        or in a worker)."""
        for oid, name, skel, country, title in officials:
            row = self._row(oid, name, skel)
            row[_COUNT] += 1
            words = len(name.split())
            if words > row[_WORDS]:
                row[_WORDS:] = [words, name, country, title]

    def flush(self) -> None:
        """Write the rows kept in memory."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO off VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (oid, *r, len(r[_SKEL].split()), r[_SKEL].rpartition(" ")[2] or None)
                    for oid, r in self._recent.items()
                ),
            )
        self._recent = {}

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """``(id, order, name, skeleton, count, words, best name, country, title)`` of each
        official, in order of first mention."""
        self.flush()
        return iter(self._db.execute(f"SELECT id, {_COLUMNS} FROM off ORDER BY ord"))

    def __getstate__(self) -> dict[str, Any]:
        return {"rows": list(self.rows())}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__()  # type: ignore[misc]
        for oid, *row in state["rows"]:
            self._recent[oid] = row
            self.count += 1
        self.flush()

    def update(self, later: OfficialIndex) -> None:
        """Fold in the index of the articles that come after this one's (a partition of a
        cluster run): the result is the index of both parts fed in order, so merging the
        partitions' indexes in partition order gives the single-process index."""
        for oid, _, name, skel, count, words, *best in later.rows():  # in their order
            row = self._row(oid, name, skel)
            row[_COUNT] += count
            if words > row[_WORDS]:  # strictly more: the first mention of the most words
                row[_WORDS:] = [words, *best]

    @property
    def officials(self) -> dict[str, tuple[Any, ...]]:
        """Every summary by id, in order of first mention: ``(order, name, skeleton, count,
        words, best name, country, title)`` (a dict as long as the index: to compare two)."""
        return {oid: tuple(row) for oid, *row in self.rows()}

    def _group(self) -> _Groups:
        """Same skeleton of two words or more; then a lone surname with the only full name."""
        self.flush()
        groups = _Groups()
        full = self._db.execute(
            "SELECT skel, id, name FROM off WHERE nskel >= 2 ORDER BY skel, ord"
        )
        for sk, rows in itertools.groupby(full, key=itemgetter(0)):
            (_, first, first_name), *others = rows
            for _, other, name in others:
                why = f"{name!r} = {first_name!r}: same name skeleton {sk!r}"
                groups.union(first, other, why)
        self._db.execute("CREATE INDEX IF NOT EXISTS off_last ON off (last, nskel, ord)")
        lone = self._db.execute(
            "SELECT s.id, s.name, f.id, f.name FROM off s JOIN off f"
            " ON f.last = s.skel AND f.nskel >= 2 WHERE s.nskel = 1 ORDER BY s.ord, f.ord"
        )
        for (i, name), rows in itertools.groupby(lone, key=itemgetter(0, 1)):
            fulls = [(f, f_name) for _, _, f, f_name in rows]
            if len({groups.find(f) for f, _ in fulls}) == 1:
                target, target_name = fulls[0]
                why = f"{name!r} = {target_name!r}: the only full name in the corpus with that"
                groups.union(target, i, why + " surname")
        return groups

    def resolution(self, directory: str | None = None) -> Resolution:
        """The canonical entity of every official and the reasons of every merge (both
        tables on disk: :class:`~graphbuild.ondisk.DiskMap`; files in ``directory`` when
        given, that worker processes may open: :meth:`Resolution.files`)."""
        groups = self._group()
        members: dict[str, list[str]] = defaultdict(list)  # merged officials only
        for i in groups.parent:
            members[groups.find(i)].append(i)
        chosen: dict[str, str] = {}  # a merged official -> the official it takes its name from
        for root, ids in members.items():
            rank = {}  # most words, then most mentions, then smallest id
            for i in (root, *ids):
                words, count = self._db.execute(
                    "SELECT words, count FROM off WHERE id = ?", (i,)
                ).fetchone()
                rank[i] = (-words, -count, i)
            best = min(rank, key=rank.__getitem__)
            chosen.update((i, best) for i in rank)
        every = self._db.execute("SELECT id FROM off")
        canon = DiskMap(
            ((oid, self._canonical(oid, chosen.get(oid))) for (oid,) in every),
            path=_in(directory, "canon.db"),
        )
        reasons = DiskMap(groups.reasons.items(), path=_in(directory, "reasons.db"))
        return Resolution(canon, reasons)

    def _canonical(self, oid: str, best: str | None) -> Canonical:
        row = self._db.execute(
            "SELECT bname, bcountry, btitle FROM off WHERE id = ?", (best or oid,)
        ).fetchone()
        assert row is not None and row[0] is not None
        return Canonical(best or oid, *row)


class Resolution:
    """The outcome of :meth:`OfficialIndex.resolution`, applied one extraction at a time:
    ``canon`` (official id -> :class:`Canonical`) and ``reasons`` (official id -> why it
    was merged) are mappings, dicts or tables on disk; a pickled copy holds dicts."""

    def __init__(self, canon: Mapping[str, Canonical], reasons: Mapping[str, list[str]]) -> None:
        self.canon = canon
        self.reasons = reasons
        self._merges_nothing = not reasons

    def __reduce__(self) -> tuple[Any, ...]:
        return (Resolution, (dict(self.canon.items()), dict(self.reasons.items())))

    def files(self) -> tuple[str, str] | None:
        """The files of its two tables, when :meth:`OfficialIndex.resolution` was given a
        directory (for :func:`open_resolution` in another process); None otherwise."""
        canon, reasons = getattr(self.canon, "path", None), getattr(self.reasons, "path", None)
        return (canon, reasons) if canon and reasons else None

    @property
    def merges_nothing(self) -> bool:
        """No two officials are one: extractions pass through unchanged."""
        return self._merges_nothing

    def apply(self, ex: Extraction) -> Extraction:
        """``ex`` with its officials under their canonical ids, names and merges."""
        if self.merges_nothing:
            return ex
        canon: dict[str, Canonical] = {}
        reasons: dict[str, list[str]] = {}
        for e in ex.entities:
            if e.type == schema.OFFICIAL and e.id not in canon:
                c = self.canon.get(e.id)
                if c is not None:
                    canon[e.id] = c
                    reasons[e.id] = self.reasons.get(e.id, [])
        remap = {i: c.id for i, c in canon.items()}
        return Extraction(
            article=ex.article,
            entities=_merged_entities(ex, canon, reasons, remap),
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


def _in(directory: str | None, name: str) -> str | None:
    return None if directory is None else os.path.join(directory, name)


@lru_cache(maxsize=1)
def open_resolution(files: tuple[str, str]) -> Resolution:
    """The resolution whose tables another process wrote to ``files`` (:meth:`Resolution.files`),
    read only; the last one opened is kept (a worker process is given one per run)."""
    return Resolution(DiskMap.reader(files[0]), DiskMap.reader(files[1]))


def resolve_corpus(extractions: Sequence[Extraction]) -> list[Extraction]:
    """Give every official one id across the corpus; returns new extractions."""
    index = OfficialIndex()
    for ex in extractions:
        index.add(ex)
    resolution = index.resolution()
    return [resolution.apply(ex) for ex in extractions]
