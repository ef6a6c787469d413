"""The relation registry of extraction: each relation type's rules, the handler of each cue class.

What a relation type *is* — symmetric or not, quoted, its endpoints, its Cypher
file, its page style — is in :mod:`graphbuild.schema`; a type is registered
here only once it is there. Here a :class:`RelationType` says how extraction
finds it: the confidence of each of its rules, where its relations come in the
output (``phase``) and whether they list the entities named in their sentence
(``mentions``). How its edges are keyed follows the schema (one per unordered
pair for a symmetric type, per speaker and quote for a quoted one, else per
ordered pair). A cue class (the second column of ``lang/<code>/cues.tsv``) maps
to one handler (``dict[cue_class, CueHandler]``); a *verb* cue bounds the
clauses of the cues around it. A sentence hook runs before the cues of a
sentence and may consume it (a quotation after "X said:").

Adding a relation type takes its entry in :mod:`graphbuild.schema`, its module
here (a ``register(registry)`` function: every module of this package that has
one is registered), its Cypher file and its tests; its cue words go in the
lexicons. A test can build its own registry (:meth:`Registry.copy`) and register
a toy relation (after :func:`graphbuild.schema.registered`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from ... import schema
from ...errors import LexiconError
from ...lang import Lexicon

if TYPE_CHECKING:
    from ..discourse import ArticleView, CueContext, Discourse, Outcome, SentenceView

__all__ = ["RelationType", "CueHandler", "Registry", "Handler", "SentenceHook"]

ATTEND = "attend"  # the attendance cue classes open with it ("attend", "attend_subject", …)

Handler = Callable[["CueContext", "Discourse"], "Outcome"]
SentenceHook = Callable[["ArticleView", "SentenceView", "Discourse"], "Outcome | None"]


@dataclass(frozen=True)
class RelationType:
    name: str  # the edge type: MET_WITH, MEMBER_OF, SAID… (a type of graphbuild.schema)
    rules: Mapping[str, float] = field(default_factory=dict)  # rule → confidence
    mentions: bool = False  # list the entities named in the evidence sentence
    phase: int = 1  # output order: lower phases first


@dataclass(frozen=True)
class CueHandler:
    cue_class: str
    relation: str
    handle: Handler
    verb: bool = False  # a verb bounds the clauses of the cues around it
    in_quote: bool = False  # read inside quotes too ("I met X": the speaker's own account)


class Registry:
    """Relation types, cue handlers and sentence hooks; :meth:`copy` for a private one."""

    def __init__(self) -> None:
        self._relations: dict[str, RelationType] = {}
        self._handlers: dict[str, CueHandler] = {}
        self._hooks: list[SentenceHook] = []
        self._markers: dict[str, str] = {}

    def copy(self) -> "Registry":
        other = Registry()
        other._relations = dict(self._relations)
        other._handlers = dict(self._handlers)
        other._hooks = list(self._hooks)
        other._markers = dict(self._markers)
        return other

    def register_relation(self, relation: RelationType) -> RelationType:
        if relation.name in self._relations:
            raise ValueError(f"relation type {relation.name} is already registered")
        if schema.get_relation_type(relation.name) is None:
            raise ValueError(
                f"relation type {relation.name} is not in graphbuild.schema: "
                "register it there first"
            )
        self._relations[relation.name] = relation
        return relation

    def register_cue(
        self,
        cue_class: str,
        handle: Handler,
        *,
        relation: str,
        verb: bool = False,
        in_quote: bool = False,
    ) -> None:
        if relation not in self._relations:
            raise ValueError(f"cue class {cue_class!r}: relation type {relation} is not registered")
        if cue_class in self._handlers:
            raise ValueError(
                f"cue class {cue_class!r} already has a handler "
                f"({self._handlers[cue_class].relation})"
            )
        self._handlers[cue_class] = CueHandler(cue_class, relation, handle, verb, in_quote)

    def register_marker(self, cue_class: str, *, relation: str) -> None:
        """A cue class that is tagged (its words are never name or agency words) but has no handler
        yet."""
        if relation not in self._relations:
            raise ValueError(f"cue class {cue_class!r}: relation type {relation} is not registered")
        self._markers[cue_class] = relation

    def register_sentence_hook(self, hook: SentenceHook) -> None:
        self._hooks.append(hook)

    @property
    def relations(self) -> Mapping[str, RelationType]:
        return MappingProxyType(self._relations)

    @property
    def handlers(self) -> Mapping[str, CueHandler]:
        return MappingProxyType(self._handlers)

    @property
    def sentence_hooks(self) -> tuple[SentenceHook, ...]:
        return tuple(self._hooks)

    def in_quote(self, cue_class: str) -> bool:
        """The cue class is read inside quotes too."""
        h = self._handlers.get(cue_class)
        return bool(h and h.in_quote)

    def is_verb(self, cue_class: str) -> bool:
        h = self._handlers.get(cue_class)
        return bool(h and h.verb)

    def opens_clause(self, cue_class: str) -> bool:
        """A verb cue or an attendance cue ("attend…" classes): a clause (or an attendance
        phrase) of its own starts there, ending a list of parties before it."""
        return self.is_verb(cue_class) or cue_class.startswith(ATTEND)

    def confidence(self, rule: str, default: float = 0.7) -> float:
        for rt in self._relations.values():
            if rule in rt.rules:
                return rt.rules[rule]
        return default

    def check_cues(self, lex: Lexicon) -> None:
        """Every cue class of the lexicon has a handler (a LexiconError names the file and line)."""
        for key, cue_class in lex.cues.items():
            if cue_class not in self._handlers and cue_class not in self._markers:
                path, lineno = lex.cue_lines.get(key, ("cues.tsv", 0))
                raise LexiconError(
                    f"{path}:{lineno}: unknown cue class {cue_class!r} "
                    f"(handled: {', '.join(sorted(self._handlers))})"
                )
