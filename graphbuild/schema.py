"""The registry of node and relation types: what each type is, said once.

Every part of graphbuild that needs to know a type reads it here:

============================  ==========================================================
reader                        what it reads
============================  ==========================================================
``nlp/assemble.py``,          ``symmetric`` (one edge per unordered pair) and ``quoted``
``resolve.py``, ``graph.py``  (one edge per speaker and quote, to a Statement node)
``evaluate.py``, ``model``    the entity types and the ``scored`` relation types
``neo4j/loader.py``           the allow-list of labels and types, each type's Cypher
                              load file, the order of the files
``render.py`` → ``page.js``   each type's page ``style`` (and ``symmetric``)
============================  ==========================================================

A :class:`NodeType` is a node label (``Official``, ``Agency``, ``Country``: the
extracted ``entity`` types, which also carry the :data:`ENTITY_LABEL` label in
Neo4j; ``Statement``; ``Article``, which is never drawn). A :class:`RelationType`
is a relationship type with its allowed endpoint labels. A relation whose
endpoints are all entity types (MET_WITH, MEMBER_OF) is a plain *link*: it comes
out of extraction as a :class:`~graphbuild.model.Relation`, becomes one graph
edge per article and one Neo4j relationship per (source, target, article) through
its own load file, all without code of its own. The others have a shape of their
own, written by the loader for each: SAID (``quoted``: speaker → Statement node),
MENTIONS (Statement → the entities its quote names), MENTIONED_IN (entity →
Article) and REPORTED_IN (Statement → Article, written by ``said.cypher``).

``load`` names a Cypher file: a stem of ``cypher/load/<stem>.cypher`` or a
:class:`~pathlib.Path` to a file anywhere (a test's toy type). Several types may
share one file (``said.cypher`` writes the Statement node, SAID and REPORTED_IN).
:func:`load_files` gives every file in load order: files that write nodes only,
then the relationship files in registry order (MENTIONS after SAID, which makes
the Statement nodes it matches).

Adding a link relation type takes its entry here (:func:`register`, or a line in
:data:`BUILT_IN_RELATIONS`), its extraction module in ``nlp/relations/``, its
load file and its tests. :func:`registered` adds types for the length of a
``with`` block (tests)::

    with schema.registered(schema.RelationType("VISITED", (OFFICIAL,), (COUNTRY,), load=path,
                                               style=schema.EdgeStyle("#76b7b2"))):
        ...

This module imports nothing from graphbuild, so every layer can read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "NodeStyle",
    "EdgeStyle",
    "NodeType",
    "RelationType",
    "OTHER_NODE_STYLE",
    "OTHER_EDGE_STYLE",
    "NODE_STYLES",
    "EDGE_STYLES",
    "ENTITY_LABEL",
    "OFFICIAL",
    "AGENCY",
    "COUNTRY",
    "STATEMENT",
    "ARTICLE",
    "MET_WITH",
    "MEMBER_OF",
    "SAID",
    "MENTIONS",
    "MENTIONED_IN",
    "REPORTED_IN",
    "BUILT_IN_NODES",
    "BUILT_IN_RELATIONS",
    "node_type",
    "node_types",
    "relation_type",
    "relation_types",
    "get_node_type",
    "get_relation_type",
    "entity_types",
    "scored_relation_types",
    "link_types",
    "is_symmetric",
    "is_quoted",
    "labels",
    "load_files",
    "load_shape",
    "register",
    "registered",
]

# node labels
OFFICIAL, AGENCY, COUNTRY, STATEMENT, ARTICLE = (
    "Official",
    "Agency",
    "Country",
    "Statement",
    "Article",
)
#: The second label of every entity node in Neo4j (an id is looked up without knowing the type).
ENTITY_LABEL = "Entity"
# relationship types
MET_WITH, MEMBER_OF, SAID, MENTIONS, MENTIONED_IN, REPORTED_IN = (
    "MET_WITH",
    "MEMBER_OF",
    "SAID",
    "MENTIONS",
    "MENTIONED_IN",
    "REPORTED_IN",
)

_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_STEM = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class NodeStyle:
    """How a node type is drawn: a vis-network shape, fill and border colours, the legend label."""

    shape: str
    background: str
    border: str
    label: str = ""

    def vis(self) -> dict[str, Any]:
        """The vis-network group style (and the legend label) the page uses."""
        return {
            "label": self.label,
            "shape": self.shape,
            "color": {"background": self.background, "border": self.border},
        }


@dataclass(frozen=True)
class EdgeStyle:
    """How a relation type is drawn: colour, legend label, line width,
    dash pattern (``()`` solid), arrow head."""

    colour: str
    label: str = ""
    width: float = 1.5
    dashes: tuple[int, ...] = ()
    arrow: bool = True

    def vis(self) -> dict[str, Any]:
        """The vis-network edge options (and the legend label) the page uses."""
        return {
            "label": self.label,
            "color": self.colour,
            "dashes": list(self.dashes) or False,
            "width": self.width,
            "arrows": "to" if self.arrow else "",
        }


def _load_name(load: str | Path | None) -> str | None:
    return None if load is None else (load.stem if isinstance(load, Path) else load)


@dataclass(frozen=True)
class NodeType:
    """A node label. ``entity``: extracted and scored, labelled :data:`ENTITY_LABEL` too in Neo4j.

    ``load`` is the Cypher file that writes these nodes; ``style`` how the page
    draws them (``None``: never drawn)."""

    name: str
    entity: bool = False
    load: str | Path | None = None
    style: NodeStyle | None = None

    @property
    def load_name(self) -> str | None:
        """The load file's stem:
        the key of its rows in :func:`graphbuild.neo4j.loader.graph_rows`."""
        return _load_name(self.load)


@dataclass(frozen=True)
class RelationType:
    """A relationship type: its allowed endpoint labels, its load file, how it is keyed, scored
    and drawn.

    ``symmetric``: one edge per unordered pair (A met B is B met A). ``quoted``:
    the relation carries a quote and ends at a Statement node (an extraction
    gives it no target). ``scored``: extracted and scored against gold."""

    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    load: str | Path
    symmetric: bool = False
    quoted: bool = False
    scored: bool = False
    style: EdgeStyle | None = None

    @property
    def load_name(self) -> str:
        """The load file's stem:
        the key of its rows in :func:`graphbuild.neo4j.loader.graph_rows`."""
        return _load_name(self.load) or ""

    def allows(self, source: str, target: str) -> bool:
        """Whether an edge from a ``source`` node to a ``target`` node (labels) is of an
        allowed shape."""
        return source in self.sources and target in self.targets


OTHER_NODE_STYLE = NodeStyle("hexagon", "#9c9c9c", "#5c5c5c", "Other")
OTHER_EDGE_STYLE = EdgeStyle("#bab0ac", "other", width=1, dashes=(1, 3))

_ENTITIES = (OFFICIAL, AGENCY, COUNTRY)
_MEMBERS = (OFFICIAL, AGENCY)  # who belongs

BUILT_IN_NODES: tuple[NodeType, ...] = (
    NodeType(ARTICLE, load="articles"),
    NodeType(
        OFFICIAL,
        entity=True,
        load="entities_official",
        style=NodeStyle("dot", "#4e79a7", "#2f4b6b", "Official"),
    ),
    NodeType(
        AGENCY,
        entity=True,
        load="entities_agency",
        style=NodeStyle("square", "#f28e2b", "#a65c12", "Agency"),
    ),
    NodeType(
        COUNTRY,
        entity=True,
        load="entities_country",
        style=NodeStyle("diamond", "#59a14f", "#356130", "Country"),
    ),
    NodeType(
        STATEMENT, load="said", style=NodeStyle("triangle", "#b07aa1", "#6e4565", "Statement")
    ),
)
BUILT_IN_RELATIONS: tuple[RelationType, ...] = (
    RelationType(MENTIONED_IN, _ENTITIES, (ARTICLE,), load="mentioned_in"),
    RelationType(
        MET_WITH,
        _ENTITIES,  # a host country is a side ("a meeting hosted by France": FORMAT.md's gold)
        _ENTITIES,
        load="rel_met_with",
        symmetric=True,
        scored=True,
        style=EdgeStyle("#e15759", "met with", width=2.5, arrow=False),
    ),
    RelationType(
        MEMBER_OF,
        _MEMBERS,
        (AGENCY, COUNTRY),
        load="rel_member_of",
        scored=True,
        style=EdgeStyle("#4e79a7", "member of", dashes=(8, 5)),
    ),
    RelationType(
        SAID,
        _ENTITIES,  # a country speaks through its ambassadors (FORMAT.md's gold)
        (STATEMENT,),
        load="said",
        quoted=True,
        scored=True,
        style=EdgeStyle("#b07aa1", "said"),
    ),
    RelationType(
        MENTIONS,
        (STATEMENT,),
        _ENTITIES,
        load="mentions",
        style=EdgeStyle("#9c9c9c", "mentions", width=1, dashes=(2, 4)),
    ),
    RelationType(REPORTED_IN, (STATEMENT,), (ARTICLE,), load="said"),
)

_nodes: dict[str, NodeType] = {}
_relations: dict[str, RelationType] = {}


def _check_load(t: NodeType | RelationType) -> None:
    if t.load is None or isinstance(t.load, Path):
        return
    if not _STEM.match(t.load):
        raise ValueError(
            f"{t.name}: load {t.load!r} is not a file stem of cypher/load/ (or a Path)"
        )


def register(t: NodeType | RelationType) -> NodeType | RelationType:
    """Add a node or relation type (a name may be registered once;
    endpoints must be registered labels)."""
    if not _NAME.match(t.name):
        raise ValueError(f"type name {t.name!r}: letters, digits and _, starting with a capital")
    if t.name in _nodes or t.name in _relations or t.name == ENTITY_LABEL:
        raise ValueError(f"type {t.name} is already registered")
    _check_load(t)
    if isinstance(t, RelationType):
        unknown = [x for x in (*t.sources, *t.targets) if x not in _nodes]
        if unknown or not t.sources or not t.targets:
            raise ValueError(
                f"relation type {t.name}: endpoints must be registered node labels,"
                f" not {unknown or 'none'}"
            )
        if t.quoted and t.targets != (STATEMENT,):
            raise ValueError(f"relation type {t.name}: a quoted relation ends at a {STATEMENT}")
        _relations[t.name] = t
    else:
        _nodes[t.name] = t
    return t


@contextmanager
def registered(*types: NodeType | RelationType) -> Iterator[tuple[NodeType | RelationType, ...]]:
    """Register ``types`` for the length of the ``with`` block (then the registry is as it was)."""
    nodes, relations = dict(_nodes), dict(_relations)
    try:
        yield tuple(register(t) for t in types)
    finally:
        _nodes.clear()
        _nodes.update(nodes)
        _relations.clear()
        _relations.update(relations)


for _node in BUILT_IN_NODES:
    register(_node)
for _relation in BUILT_IN_RELATIONS:
    register(_relation)


# --------------------------------------------------------------------------- reading
def node_types() -> tuple[NodeType, ...]:
    """Every node type, in registry order."""
    return tuple(_nodes.values())


def relation_types() -> tuple[RelationType, ...]:
    """Every relation type, in registry order."""
    return tuple(_relations.values())


def node_type(name: str) -> NodeType:
    """The node type called ``name`` (KeyError naming the registered ones)."""
    try:
        return _nodes[name]
    except KeyError:
        raise KeyError(f"no node type {name!r} (registered: {', '.join(_nodes)})") from None


def relation_type(name: str) -> RelationType:
    """The relation type called ``name`` (KeyError naming the registered ones)."""
    try:
        return _relations[name]
    except KeyError:
        raise KeyError(f"no relation type {name!r} (registered: {', '.join(_relations)})") from None


def get_node_type(name: Any) -> NodeType | None:
    """The node type called ``name``, or None."""
    return _nodes.get(name) if isinstance(name, str) else None


def get_relation_type(name: Any) -> RelationType | None:
    """The relation type called ``name``, or None."""
    return _relations.get(name) if isinstance(name, str) else None


def entity_types() -> tuple[str, ...]:
    """The extracted entity labels: Official, Agency, Country."""
    return tuple(n for n, t in _nodes.items() if t.entity)


def scored_relation_types() -> tuple[str, ...]:
    """The relation types an extraction is scored on: MET_WITH, MEMBER_OF, SAID."""
    return tuple(n for n, t in _relations.items() if t.scored)


def link_types() -> tuple[RelationType, ...]:
    """Relation types between entities only (MET_WITH, MEMBER_OF):
    one row shape, one load file each."""
    ents = set(entity_types())
    return tuple(
        t for t in _relations.values() if set(t.sources) <= ents and set(t.targets) <= ents
    )


def is_symmetric(name: Any) -> bool:
    """Whether ``name`` is a registered symmetric relation type (one edge per unordered pair)."""
    t = get_relation_type(name)
    return bool(t and t.symmetric)


def is_quoted(name: Any) -> bool:
    """Whether ``name`` is a registered quoted relation type (a quote,
    and a Statement node as target)."""
    t = get_relation_type(name)
    return bool(t and t.quoted)


def labels() -> tuple[str, ...]:
    """Every label a node may carry in Neo4j: the node types and :data:`ENTITY_LABEL`."""
    return (*_nodes, ENTITY_LABEL)


def load_files(cypher_dir: Path) -> dict[str, Path]:
    """Load file stem → path, in load order: files that write nodes only, then relationship files.

    Within each group the registry's order; a stem is given once however many
    types it writes. A stem is found at ``cypher_dir/load/<stem>.cypher``, a
    :class:`~pathlib.Path` load where it points."""
    rel_loads = {t.load_name for t in _relations.values()}
    writers: list[NodeType | RelationType] = [
        n for n in _nodes.values() if n.load is not None and n.load_name not in rel_loads
    ]
    out: dict[str, Path] = {}
    for t in (*writers, *_relations.values()):
        name = t.load_name
        if name and name not in out:
            out[name] = (
                t.load if isinstance(t.load, Path) else Path(cypher_dir) / "load" / f"{name}.cypher"
            )
    return out


def load_shape(name: str) -> tuple[int, int]:
    """(node types, relation types) the load file ``name`` writes: what each of its rows merges."""
    return (
        sum(1 for t in _nodes.values() if t.load_name == name),
        sum(1 for t in _relations.values() if t.load_name == name),
    )


class _Styles(Mapping[str, dict[str, Any]]):
    """A read-only view of the page styles of the drawn types,
    read from the registry on every access."""

    def __init__(self, edges: bool) -> None:
        self._edges = edges

    def _current(self) -> dict[str, dict[str, Any]]:
        if self._edges:
            return {
                n: {**t.style.vis(), "symmetric": t.symmetric}
                for n, t in _relations.items()
                if t.style
            }
        return {n: t.style.vis() for n, t in _nodes.items() if t.style}

    def __getitem__(self, key: str) -> dict[str, Any]:
        return self._current()[key]

    def __contains__(self, key: object) -> bool:
        t = (_relations if self._edges else _nodes).get(key) if isinstance(key, str) else None
        return bool(t and t.style)

    def __iter__(self) -> Iterator[str]:
        return iter(self._current())

    def __len__(self) -> int:
        return len(self._current())

    def __repr__(self) -> str:
        return f"{'EDGE' if self._edges else 'NODE'}_STYLES({self._current()!r})"


#: Node type → vis group style (shape, colour) and legend label, for every drawn node type.
NODE_STYLES: Mapping[str, dict[str, Any]] = _Styles(edges=False)
#: Relation type → vis edge style, legend label and ``symmetric``, for every drawn relation type.
EDGE_STYLES: Mapping[str, dict[str, Any]] = _Styles(edges=True)
