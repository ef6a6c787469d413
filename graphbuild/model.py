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
        """The extraction of a :meth:`to_dict` (keys it does not know are ignored; one it
        lacks takes the field's default). Workers' lines are read back through here once per
        article and sink, so the entities and relations are made field by field
        (:func:`_entity`, :func:`_relation`), not through their ``__init__``."""
        g = d.get
        article = Article(
            id=d["id"],
            title=g("title") or "",
            text=g("text") or "",
            lang=g("lang"),
            url=g("url"),
            published=g("published"),
            source=g("source"),
        )
        return cls(
            article=article,
            entities=tuple([_entity(e) for e in g("entities", ())]),
            relations=tuple([_relation(r) for r in g("relations", ())]),
        )


_new = object.__new__


def _entity(e: dict[str, Any]) -> Entity:
    """``Entity(**e)`` with the lists as tuples, without the frozen ``__init__`` (a call of
    ``object.__setattr__`` a field): the instance's ``__dict__`` is filled at once, in field
    order, as ``__init__`` would (``test_model`` checks it against the fields)."""
    g = e.get
    x: Entity = _new(Entity)
    x.__dict__.update(
        id=e["id"],
        type=e["type"],
        name=e["name"],
        aliases=tuple(g("aliases") or ()),
        country=g("country"),
        title=g("title"),
        kind=g("kind"),
        name_en=g("name_en"),
        confidence=g("confidence", 1.0),
        rule=g("rule", ""),
        merges=tuple(g("merges") or ()),
    )
    return x


def _relation(r: dict[str, Any]) -> Relation:
    """``Relation(**r)`` with the mentions as a tuple, made as :func:`_entity` makes an
    entity."""
    g = r.get
    x: Relation = _new(Relation)
    x.__dict__.update(
        type=r["type"],
        source=r["source"],
        target=r["target"],
        evidence=r["evidence"],
        quote=g("quote"),
        start=g("start", 0),
        end=g("end", 0),
        confidence=g("confidence", 1.0),
        rule=g("rule", ""),
        mentions=tuple(g("mentions") or ()),
    )
    return x


def statement_id(article_id: str, speaker: str, quote: str, start: int) -> str:
    """Deterministic id of a Statement node (one SAID)."""
    raw = "\x1f".join([article_id, speaker, quote, str(start)])
    return "Statement:" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]
