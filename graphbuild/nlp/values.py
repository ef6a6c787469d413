"""Frozen values that travel between extraction stages (besides mentions).

* :class:`Ref` — an entity of the article: an official or agency by its index
  in the entity table, or a country by its ISO alpha-3 code;
* :class:`Part` — a participant mention in a sentence (an official or agency at
  tokens ``start:end``);
* :class:`PendingRelation` — a relation found by a stage, before ids exist;
  :mod:`.assemble` turns it into a :class:`~graphbuild.model.Relation`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

__all__ = ["Ref", "Part", "PendingRelation", "OFFICIAL", "AGENCY", "COUNTRY"]

OFFICIAL, AGENCY, COUNTRY = "Official", "Agency", "Country"


@dataclass(frozen=True)
class Ref:
    kind: str  # Official | Agency | Country
    key: int | str  # index in the entity table, or ISO alpha-3 for a Country


@dataclass(frozen=True)
class Part:
    """An official or agency named at tokens ``start:end`` of a sentence."""

    kind: str  # Official | Agency
    ref: int  # index into the officials or agencies of the entity table
    start: int
    end: int
    after_bi: bool = False  # preceded by a glued object marker (the object of a meeting verb)
    represented: bool = False  # an agency named after "representatives of": it can meet

    @property
    def endpoint(self) -> Ref:
        return Ref(self.kind, self.ref)


@dataclass(frozen=True)
class PendingRelation:
    """A relation a stage found: endpoints as :class:`Ref`, the evidence sentence, the rule."""

    type: str
    source: Ref
    target: Ref | None
    evidence: Span
    rule: str
    quote: str | None = None
