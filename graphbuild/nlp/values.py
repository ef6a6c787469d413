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
    parts, cue contexts) are made in about half the time.

    A class compiled by mypyc (a native class: no ``__dict__``) keeps its own ``__init__``: written
    in the class as ``object.__setattr__(self, name, value)`` per field, which mypyc compiles to a
    store in the instance (about 30 times faster than the dataclass's interpreted ``__init__``);
    so the classes below are made by :func:`quick_init` when interpreted and by their own
    ``__init__`` when compiled, equal either way."""
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
    init.__wrapped__ = cls.__dict__.get("__init__")  # the class's own (the dataclass's, or written)
    if cls.__dictoffset__:  # a native class (compiled) has no __dict__: its own __init__ stays
        cls.__init__ = init  # type: ignore[misc]
    return cls


OFFICIAL, AGENCY, COUNTRY = "Official", "Agency", "Country"


# The frozen dataclasses below (and the other values made many times an article: hits,
# mentions, cue contexts) write their fields in their own __init__ with object.__setattr__, as
# the dataclass's would: compiled, a store in the instance; interpreted, quick_init replaces it.
# Their __reduce__ makes them again from their fields (a compiled one has no __dict__ to pickle).


@dataclass(frozen=True)
class Ref:
    kind: str  # Official | Agency | Country
    key: int | str  # index in the entity table, or ISO alpha-3 for a Country

    def __init__(self, kind: str, key: int | str) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "key", key)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Ref, (self.kind, self.key))


quick_init(Ref)


@dataclass(frozen=True)
class Part:
    """An official or agency named at tokens ``start:end`` of a sentence."""

    kind: str  # Official | Agency
    ref: int  # index into the officials or agencies of the entity table
    start: int
    end: int
    after_bi: bool = False  # preceded by a glued object marker (the object of a meeting verb)
    represented: bool = False  # an agency named after "representatives of": it can meet

    def __init__(
        self,
        kind: str,
        ref: int,
        start: int,
        end: int,
        after_bi: bool = False,
        represented: bool = False,
    ) -> None:
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "ref", ref)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "after_bi", after_bi)
        object.__setattr__(self, "represented", represented)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Part, (self.kind, self.ref, self.start, self.end, self.after_bi, self.represented))

    @property
    def endpoint(self) -> Ref:
        return Ref(self.kind, self.ref)


quick_init(Part)


@dataclass(frozen=True)
class PendingRelation:
    """A relation a stage found: endpoints as :class:`Ref`, the evidence sentence, the rule."""

    type: str
    source: Ref
    target: Ref | None
    evidence: Span
    rule: str
    quote: str | None = None

    def __init__(
        self,
        type: str,
        source: Ref,
        target: Ref | None,
        evidence: Span,
        rule: str,
        quote: str | None = None,
    ) -> None:
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "evidence", evidence)
        object.__setattr__(self, "rule", rule)
        object.__setattr__(self, "quote", quote)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            PendingRelation,
            (self.type, self.source, self.target, self.evidence, self.rule, self.quote),
        )


quick_init(PendingRelation)
