"""A toy relation type registered by the tests alone: PHONED (one official phoned another;
symmetric).

It shows what adding a relation type touches: its entry in the type registry
(here :func:`graphbuild.schema.registered`; a real one is a line in
``graphbuild/schema.py``), its extraction module (here :func:`phoned`, a cue
handler registered in a copy of the extraction registry; a real one is
``graphbuild/nlp/relations/<type>.py``, found by its ``register`` function), its
Cypher load file (here written to a temporary folder; a real one is
``cypher/load/rel_<type>.cypher``) and its tests. Extraction, graph building,
the page and the loader pick it up with no code of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from graphbuild import schema
from graphbuild.lang import Lexicon, load_lexicon
from graphbuild.model import Article
from graphbuild.neo4j import loader
from graphbuild.nlp import relations
from graphbuild.nlp.discourse import Outcome
from graphbuild.nlp.values import PendingRelation

PHONED = "PHONED"
RULE = "toy.phoned"
STYLE = schema.EdgeStyle("#76b7b2", "phoned", width=2, dashes=(4, 2), arrow=False)
# The two sentences state one relation twice, once each way: a symmetric type keeps one.
ARTICLE = Article(
    id="toy1",
    title="",
    lang="en",
    published="2024-03-04",
    text="Foreign Minister Karim Haddad phoned Ambassador Tom Reyes on Monday. "
    "Ambassador Tom Reyes phoned Foreign Minister Karim Haddad again on Tuesday.",
)
# What cypher/load/rel_phoned.cypher would hold: rel_met_with.cypher with its type renamed,
# read from the package so the toy follows the shipped merge rule (a copy had drifted once).
CYPHER = (
    (loader.cypher_dir() / "load" / "rel_met_with.cypher")
    .read_text(encoding="utf-8")
    .replace("MET_WITH", PHONED)
)


def phoned(ctx, state):
    """The cue handler: the last official before "phoned" phoned the first official after it."""
    subject = [p for p in ctx.before if p.kind == schema.OFFICIAL][-1:]
    obj = [p for p in ctx.after if p.kind == schema.OFFICIAL][:1]
    rels = tuple(
        PendingRelation(PHONED, a.endpoint, b.endpoint, ctx.sentence.span, RULE)
        for a in subject
        for b in obj
    )
    return Outcome(rels, state)


@dataclass(frozen=True)
class Toy:
    type: schema.RelationType
    registry: relations.Registry  # the built-in extraction registry plus PHONED
    lexicon: Lexicon  # English, plus the cue word "phoned"
    cypher: Path


@contextmanager
def toy_phoned(folder: Path, *, symmetric: bool = True) -> Iterator[Toy]:
    """PHONED registered for the length of the ``with`` block,
    its load file written to ``folder``."""
    path = folder / "rel_phoned.cypher"
    path.write_text(CYPHER, encoding="utf-8")
    rtype = schema.RelationType(
        PHONED, (schema.OFFICIAL,), (schema.OFFICIAL,), load=path, symmetric=symmetric, style=STYLE
    )
    with schema.registered(rtype):
        registry = relations.default_registry().copy()
        registry.register_relation(relations.RelationType(PHONED, rules={RULE: 0.6}))
        registry.register_cue("phone", phoned, relation=PHONED, verb=True)
        yield Toy(rtype, registry, load_lexicon("en").with_cues({"phoned": "phone"}), path)
