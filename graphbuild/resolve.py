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
from functools import lru_cache

from . import schema
from .lang import SUPPORTED_LANGS, Skeleton, load_profile, load_skeleton
from .model import Entity, Extraction, Relation
from .text import is_arabic, normalize_key

__all__ = ["resolve_corpus", "name_skeleton"]

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

    def union(self, a: Entity, b: Entity, why: str) -> None:
        ra, rb = self.find(a.id), self.find(b.id)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.reasons[a.id].append(why)
            self.reasons[b.id].append(why)


def _group_officials(officials: list[tuple[Entity, tuple[str, ...]]]) -> _Groups:
    """Same skeleton of two words or more; then a lone surname with the only full name."""
    groups = _Groups()
    by_skel: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
    for e, sk in officials:
        if len(sk) >= 2:
            by_skel[sk].append(e)
    for sk, ents in sorted(by_skel.items()):
        first = ents[0]
        for other in ents[1:]:
            if other.id != first.id:
                why = f"{other.name!r} = {first.name!r}: same name skeleton {' '.join(sk)!r}"
                groups.union(first, other, why)
    by_last: dict[str, set[str]] = defaultdict(set)
    full_by_id: dict[str, Entity] = {}
    for e, sk in officials:
        if len(sk) >= 2:
            by_last[sk[-1]].add(groups.find(e.id))
            full_by_id.setdefault(groups.find(e.id), e)
    for e, sk in officials:
        if len(sk) == 1 and len(by_last.get(sk[0], ())) == 1:
            target = full_by_id[next(iter(by_last[sk[0]]))]
            why = (
                f"{e.name!r} = {target.name!r}: the only full name in the corpus with that surname"
            )
            groups.union(target, e, why)
    return groups


def _canonical(
    officials: list[tuple[Entity, tuple[str, ...]]], groups: _Groups
) -> dict[str, Entity]:
    """Entity id → the canonical entity of its group (most words, then most articles,
    then smallest id)."""
    members: dict[str, list[Entity]] = defaultdict(list)
    for e, _sk in officials:
        members[groups.find(e.id)].append(e)
    canon: dict[str, Entity] = {}
    for ents in members.values():
        counts: dict[str, int] = defaultdict(int)
        for e in ents:
            counts[e.id] += 1
        best = sorted(ents, key=lambda e: (-len(e.name.split()), -counts[e.id], e.id))[0]
        for e in ents:
            canon[e.id] = best
    return canon


def _merged_entities(
    ex: Extraction, canon: dict[str, Entity], reasons: dict[str, list[str]], remap: dict[str, str]
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
    officials = [
        (e, name_skeleton(e.name))
        for ex in extractions
        for e in ex.entities
        if e.type == schema.OFFICIAL
    ]
    groups = _group_officials(officials)
    canon = _canonical(officials, groups)
    if all(canon[e.id].id == e.id for e, _sk in officials) and not groups.reasons:
        return list(extractions)
    out = []
    for ex in extractions:
        remap = {
            e.id: canon[e.id].id for e in ex.entities if e.type == schema.OFFICIAL and e.id in canon
        }
        out.append(
            Extraction(
                article=ex.article,
                entities=_merged_entities(ex, canon, groups.reasons, remap),
                relations=_remapped_relations(ex, remap),
            )
        )
    return out
