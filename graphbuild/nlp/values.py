"""Frozen values that travel between extraction stages (besides mentions).

* :class:`Ref` — an entity of the article: an official or agency by its index
  in the entity table, or a country by its ISO alpha-3 code;
* :class:`Part` — a participant mention in a sentence (an official or agency at
  tokens ``start:end``);
* :class:`PendingRelation` — a relation found by a stage, before ids exist;
  :mod:`.assemble` turns it into a :class:`~graphbuild.model.Relation`.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

from spacy.tokens import Span

__all__ = ["Ref", "Part", "PendingRelation", "OFFICIAL", "AGENCY", "COUNTRY", "quick_init"]

C = TypeVar("C", bound=type)
_UNSET: Any = object()  # a field with a default factory that was not given


def quick_init(cls: C) -> C:
    """Give the frozen dataclass ``cls`` an ``__init__`` that stores its fields in the instance's
    ``__dict__`` directly, where the dataclass's own calls ``object.__setattr__`` once per field
    (the frozen class's ``__setattr__`` refuses): the same parameters, defaults and default
    factories, the instance equal in every way. Values made thousands of times an article (hits,
    parts, cue contexts) are made in about half the time."""
    if getattr(cls, "__post_init__", None) is not None or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init takes no __post_init__ nor __slots__")
    space: dict[str, Any] = {"_UNSET": _UNSET}
    params, lines = [], []
    for f in fields(cls):
        if not f.init or f.kw_only:
            raise TypeError(
                f"{cls.__name__}.{f.name}: quick_init takes positional init fields only"
            )
        if f.default is not MISSING:
            space[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not MISSING:
            space[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_UNSET")
            lines.append(f"if {f.name} is _UNSET: {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
        lines.append(f"_values[{f.name!r}] = {f.name}")
    body = "\n    ".join(["_values = _self.__dict__", *lines])
    exec(f"def __init__(_self, {', '.join(params)}):\n    {body}\n", space)
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[misc]
    return cls


OFFICIAL, AGENCY, COUNTRY = "Official", "Agency", "Country"


@quick_init
@dataclass(frozen=True)
class Ref:
    kind: str  # Official | Agency | Country
    key: int | str  # index in the entity table, or ISO alpha-3 for a Country


@quick_init
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


@quick_init
@dataclass(frozen=True)
class PendingRelation:
    """A relation a stage found: endpoints as :class:`Ref`, the evidence sentence, the rule."""

    type: str
    source: Ref
    target: Ref | None
    evidence: Span
    rule: str
    quote: str | None = None
