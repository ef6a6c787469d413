"""The values that flow between stages: articles in, extractions out.

All are frozen dataclasses; ``to_dict`` gives the stable extraction format of
``../shared/eval/FORMAT.md`` (plus offsets, confidence and rule names).

Entity ids are deterministic and label-aware (see :func:`entity_id`):
``Official:<normalised name>``, ``Agency:<normalised name>[@ISO3]`` and
``Country:<ISO3>``, so the same official in two articles is one node and a
person never merges with a country.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any

from . import schema

#: The built-in entity types and scored relation types, read from :mod:`graphbuild.schema`
#: (a type registered later is in ``schema.entity_types()`` / ``schema.scored_relation_types()``).
ENTITY_TYPES: tuple[str, ...] = schema.entity_types()
RELATION_TYPES: tuple[str, ...] = schema.scored_relation_types()


@dataclass(frozen=True)
class Article:
    """One news article. ``text`` is the body; ``title`` is the headline."""

    id: str
    title: str
    text: str
    lang: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    path: str | None = None

    @property
    def full_text(self) -> str:
        """Headline and body as one string (the headline is the first line)."""
        return f"{self.title}\n{self.text}" if self.title else self.text

    def meta(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "url": self.url,
            "published": self.published,
            "source": self.source,
        }


@dataclass(frozen=True)
class Entity:
    """A node of an entity type of :mod:`graphbuild.schema`: Official, Agency or Country."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    title: str | None = None
    kind: str | None = None  # Agency kind: ministry, delegation, government…
    name_en: str | None = None
    confidence: float = 1.0
    rule: str = ""
    merges: tuple[str, ...] = ()  # one line per alias merge, explaining why

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["aliases"] = list(self.aliases)
        d["merges"] = list(self.merges)
        return d


@dataclass(frozen=True)
class Relation:
    """An edge with its provenance. A quoted type (SAID) has ``target=None`` and a ``quote``."""

    type: str
    source: str
    target: str | None
    evidence: str
    quote: str | None = None
    start: int = 0  # character offsets of the evidence sentence in Article.full_text
    end: int = 0
    confidence: float = 1.0
    rule: str = ""
    mentions: tuple[str, ...] = ()  # SAID: entity ids named in the quote

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = list(self.mentions)
        return d

    @property
    def key(self) -> str:
        """A stable id for this relation within its article."""
        raw = "\x1f".join(
            [self.type, self.source, self.target or "", self.quote or "", str(self.start)]
        )
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Extraction:
    """What was extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "lang": a.lang,
            "title": a.title,
            "url": a.url,
            "published": a.published,
            "source": a.source,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Extraction":
        article = Article(
            id=d["id"],
            title=d.get("title") or "",
            text=d.get("text") or "",
            lang=d.get("lang"),
            url=d.get("url"),
            published=d.get("published"),
            source=d.get("source"),
        )
        ents = []
        for e in d.get("entities", []):
            e = dict(e)
            e["aliases"] = tuple(e.get("aliases") or ())
            e["merges"] = tuple(e.get("merges") or ())
            known = {k: v for k, v in e.items() if k in Entity.__dataclass_fields__}
            ents.append(Entity(**known))
        rels = []
        for r in d.get("relations", []):
            r = dict(r)
            r["mentions"] = tuple(r.get("mentions") or ())
            known = {k: v for k, v in r.items() if k in Relation.__dataclass_fields__}
            rels.append(Relation(**known))
        return cls(article=article, entities=tuple(ents), relations=tuple(rels))


def statement_id(article_id: str, speaker: str, quote: str, start: int) -> str:
    """Deterministic id of a Statement node (one SAID)."""
    raw = "\x1f".join([article_id, speaker, quote, str(start)])
    return "Statement:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
