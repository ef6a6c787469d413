"""Extractions → one networkx ``MultiDiGraph`` for the corpus, and its files.

Graph shape (the same model as in Neo4j, see README "Graph model"):

* graph attribute ``articles``: ``{article_id: {id, title, url, published, lang, source}}``
* entity nodes (``type`` Official / Agency / Country) keyed by their stable id,
  with ``name``, ``aliases`` (list), ``country``, ``title``, ``kind``,
  ``name_en``, ``confidence``, ``articles`` (sorted list of article ids),
  ``merges`` (list of explanations);
* one ``Statement`` node per SAID (``type="Statement"``, ``text``, ``lang``,
  ``article_id``, ``speaker``);
* edges keyed ``"<TYPE>|<article_id>|<n>"`` with ``type`` (MET_WITH,
  MEMBER_OF, SAID, MENTIONS), ``article_id``, ``evidence``, ``start``,
  ``end``, ``quote``, ``confidence``, ``rule``, ``published``. SAID goes
  speaker → Statement; MENTIONS goes Statement → entity.

What a type is comes from :mod:`graphbuild.schema`: a quoted type (SAID) makes
a Statement node; the edges of a symmetric type (MET_WITH) between the same two
nodes in one article all point the way the first one does, so they count as one
relation stated that many times; any other type is an edge from source to target.

``graph.json`` is ``networkx.node_link_data(G, edges="edges")``; GraphML
stores list values as JSON strings (GraphML has no list type).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from .fsutil import AtomicFile
from .merge import prefer
from . import schema
from .model import Article, Entity, Extraction, Relation, statement_id

__all__ = [
    "GraphBuilder",
    "build_graph",
    "write_graph_json",
    "read_graph_json",
    "write_graphml",
    "graph_summary",
]


class _Pending:
    """What a node gathers from its mentions, kept as sets and sorted once at the end
    (re-sorting on every mention made building the graph quadratic)."""

    __slots__ = ("aliases", "articles", "merges", "merged")

    def __init__(self, ent: Entity, article_id: str) -> None:
        self.aliases = set(ent.aliases)
        self.articles = {article_id}
        self.merges = set(ent.merges)
        self.merged = False  # a node seen once keeps its merges in the entity's order


def _merge_entity(node: dict[str, Any], pending: _Pending, ent: Entity, article_id: str) -> None:
    """Fold another mention *ent* of an existing entity node into *node*."""
    pending.aliases.update(ent.aliases)
    pending.aliases.update((ent.name, node["name"]))  # the name kept is taken out at the end
    pending.articles.add(article_id)
    pending.merges.update(ent.merges)
    pending.merged = True
    # which value stays does not depend on the order of the articles (graphbuild.merge)
    node["name"] = prefer(node["name"], ent.name) or node["name"]
    for attr in ("country", "title", "kind", "name_en"):
        node[attr] = prefer(node.get(attr), getattr(ent, attr)) or node.get(attr)
    node["confidence"] = max(node["confidence"], ent.confidence)


def _add_entity(
    g: nx.MultiDiGraph, pending: dict[str, _Pending], ent: Entity, article_id: str
) -> None:
    """Add *ent* as a new node, or merge it into the node with the same id."""
    if ent.id in g:
        _merge_entity(g.nodes[ent.id], pending[ent.id], ent, article_id)
        return
    pending[ent.id] = _Pending(ent, article_id)
    g.add_node(
        ent.id,
        type=ent.type,
        name=ent.name,
        aliases=[],
        country=ent.country,
        title=ent.title,
        kind=ent.kind,
        name_en=ent.name_en,
        confidence=ent.confidence,
        articles=[article_id],
        merges=list(ent.merges),
    )


def _finish_entities(g: nx.MultiDiGraph, pending: dict[str, _Pending]) -> None:
    """Write the gathered aliases, articles and merges into the nodes, sorted."""
    for node_id, p in pending.items():
        node = g.nodes[node_id]
        node["aliases"] = sorted(p.aliases - {node["name"]})
        node["articles"] = sorted(p.articles)
        if p.merged:
            node["merges"] = sorted(p.merges)


def _edge_common(art: Article, rel: Relation) -> dict[str, Any]:
    """The edge attributes every relation edge (and its MENTIONS edges) carries."""
    return {
        "article_id": art.id,
        "evidence": rel.evidence,
        "start": rel.start,
        "end": rel.end,
        "confidence": rel.confidence,
        "rule": rel.rule,
        "published": art.published,
    }


def _statement_attrs(art: Article, rel: Relation) -> dict[str, Any]:
    """The attributes of a quoted relation's Statement node."""
    return {
        "type": schema.STATEMENT,
        "name": (rel.quote or "")[:80],
        "text": rel.quote or "",
        "lang": art.lang,
        "article_id": art.id,
        "speaker": rel.source,
        "articles": [art.id],
    }


def _oriented(ex: Extraction) -> Iterator[tuple[int, Relation, str, str | None]]:
    """Each relation of ``ex``, its index and its ends; a symmetric pair keeps the
    direction it was first seen in within the article."""
    way: dict[tuple[str, frozenset[str]], tuple[str, str]] = {}
    for n, rel in enumerate(ex.relations):
        source, target = rel.source, rel.target
        if schema.is_symmetric(rel.type) and target is not None:
            source, target = way.setdefault(
                (rel.type, frozenset((source, target))), (source, target)
            )
        yield n, rel, source, target


def _add_statement(
    g: nx.MultiDiGraph, art: Article, rel: Relation, n: int, common: dict[str, Any]
) -> None:
    """A quoted relation: speaker → Statement node, then Statement → each mention."""
    sid = statement_id(art.id, rel.source, rel.quote or "", rel.start)
    g.add_node(sid, **_statement_attrs(art, rel))
    g.add_edge(
        rel.source,
        sid,
        key=f"{rel.type}|{art.id}|{n}",
        type=rel.type,
        quote=rel.quote,
        **common,
    )
    for m in rel.mentions:
        if m in g and m != rel.source:
            g.add_edge(
                sid,
                m,
                key=f"{schema.MENTIONS}|{art.id}|{n}|{m}",
                type=schema.MENTIONS,
                quote=None,
                **common,
            )


def _add_relations(g: nx.MultiDiGraph, ex: Extraction) -> None:
    """Add the edges (and Statement nodes) of one extraction's relations."""
    art = ex.article
    for n, rel, source, target in _oriented(ex):
        common = _edge_common(art, rel)
        if schema.is_quoted(rel.type):
            _add_statement(g, art, rel, n, common)
        else:
            g.add_edge(
                source,
                target,
                key=f"{rel.type}|{art.id}|{n}",
                type=rel.type,
                quote=None,
                **common,
            )


class GraphBuilder:
    """:func:`build_graph` fed one extraction at a time (a streamed run's batches)."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self.graph.graph["articles"] = {}
        self._pending: dict[str, _Pending] = {}

    def add(self, ex: Extraction) -> None:
        art = ex.article
        self.graph.graph["articles"][art.id] = art.meta()
        for ent in ex.entities:
            _add_entity(self.graph, self._pending, ent, art.id)
        _add_relations(self.graph, ex)

    def finish(self) -> nx.MultiDiGraph:
        """The graph, its nodes' lists sorted (call once, after the last extraction)."""
        _finish_entities(self.graph, self._pending)
        self._pending = {}
        return self.graph


def build_graph(extractions: Iterable[Extraction]) -> nx.MultiDiGraph:
    """Merge extractions into one multigraph; entities with the same id are one node."""
    builder = GraphBuilder()
    for ex in extractions:
        builder.add(ex)
    return builder.finish()


def _json_at(value: Any, depth: int) -> str:
    """``value`` as ``json.dumps(ensure_ascii=False, indent=1, sort_keys=True)`` prints it,
    ``depth`` levels deep (every line after the first indented ``depth`` more spaces).

    The json module indents only with its Python encoder, which was about a third of a
    streamed run's second pass; :func:`_indented` writes the same text with the C string
    escaper (``tests/unit/test_json_at.py`` holds it to the json module's)."""
    return _indented(value, "\n" + " " * depth)


_escape = json.encoder.encode_basestring  # the C escaper when the module has it


def _json_float(o: float) -> str:
    if o != o:
        return "NaN"
    if o in (math.inf, -math.inf):
        return "Infinity" if o > 0 else "-Infinity"
    return float.__repr__(o)


def _json_key(k: Any) -> str:
    """A dict key that is not exactly a ``str``, as the json module writes it."""
    if isinstance(k, float):
        return _escape(_json_float(k))
    if k is True or k is False or k is None:
        return _escape(json.dumps(k))
    if isinstance(k, int):
        return _escape(int.__repr__(k))
    if isinstance(k, str):
        return _escape(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _indented(o: Any, ind: str) -> str:
    """``o`` as the json module writes it with ``indent=1, sort_keys=True``, each new line
    starting with ``ind`` (a newline and the spaces of the current level)."""
    scalar = _SCALARS.get(type(o))
    if scalar is not None:
        return scalar(o)
    inner = ind + " "
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        return "[" + inner + ("," + inner).join([_member(v, inner) for v in o]) + ind + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        items = [
            (_escape(k) if type(k) is str else _json_key(k)) + ": " + _member(v, inner)
            for k, v in sorted(o.items())
        ]
        return "{" + inner + ("," + inner).join(items) + ind + "}"
    return _subclass_scalar(o, ind)


def _member(v: Any, inner: str) -> str:
    scalar = _SCALARS.get(type(v))
    return scalar(v) if scalar is not None else _indented(v, inner)


#: the text of a value of exactly these types (a subclass goes the long way)
_SCALARS: dict[type, Callable[[Any], str]] = {
    str: _escape,
    int: int.__repr__,
    float: _json_float,
    bool: lambda b: "true" if b else "false",
    type(None): lambda _: "null",
}


class RecordText:
    """:func:`_json_at` of dicts that all have one set of keys (``str``), the keys sorted
    and written once: :meth:`bind` writes the values of ``fixed_keys`` (those one relation's
    edges share), :meth:`fill` the ``slots`` of each record (same bytes as ``_json_at`` of
    the whole dict: ``tests/unit/test_json_at.py``)."""

    def __init__(self, fixed_keys: Iterable[str], slots: Iterable[str], depth: int) -> None:
        fixed, self.slots = tuple(fixed_keys), tuple(sorted(slots))
        if len({*fixed, *self.slots}) != len(fixed) + len(self.slots):
            raise ValueError("a key is both fixed and a slot, or given twice")
        self.fixed = frozenset(fixed)
        self._inner = "\n" + " " * (depth + 1)
        self._close = "\n" + " " * depth + "}"
        self._plan = [
            (("{" if i == 0 else ",") + self._inner + _escape(k) + ": ", k, k in self.fixed)
            for i, k in enumerate(sorted((*fixed, *self.slots)))
        ]

    def bind(self, fixed: dict[str, Any]) -> list[str]:
        """The text around the slots, ``fixed``'s values written (its keys: ``fixed_keys``)."""
        if len(fixed) != len(self.fixed) or not self.fixed.issuperset(fixed):
            raise ValueError("not the keys of this record")
        segments, cur = [], ""
        for head, key, is_fixed in self._plan:
            if is_fixed:
                cur += head + _member(fixed[key], self._inner)
            else:
                segments.append(cur + head)
                cur = ""
        segments.append(cur + (self._close if self._plan else "{}"))
        return segments

    def fill(self, segments: list[str], *values: Any) -> str:
        """The text of one record: ``segments`` of :meth:`bind`, ``values`` in the order of
        the sorted ``slots``."""
        inner = self._inner
        parts = [segments[0]]
        for value, seg in zip(values, segments[1:], strict=True):
            scalar = _SCALARS.get(type(value))
            parts.append(scalar(value) if scalar is not None else _indented(value, inner))
            parts.append(seg)
        return "".join(parts)


def _subclass_scalar(o: Any, ind: str) -> str:
    """What the json module writes of a subclass of ``str``, ``int`` or ``float`` (an enum),
    in its order of checks; anything else as ``json.dumps`` writes it (or refuses it)."""
    if isinstance(o, str):
        return _escape(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _json_float(o)
    text = json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True)  # its errors, too
    return text.replace("\n", ind)


def _write_items(fh: AtomicFile, items: Iterable[Any]) -> None:
    """A list at depth 1 of the document, written item by item."""
    first = True
    for item in items:
        fh.write(("[\n  " if first else ",\n  ") + _json_at(item, 2))
        first = False
    fh.write("[]" if first else "\n ]")


def write_graph_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    """``graph.json``: the bytes of ``json.dumps(nx.node_link_data(g, edges="edges"),
    ensure_ascii=False, indent=1, sort_keys=True)``, written one node or edge at a time
    (no copy of the graph, no whole-file string) into an atomic file."""
    with AtomicFile(path) as fh:
        fh.write('{\n "directed": ' + _json_at(g.is_directed(), 0) + ',\n "edges": ')
        _write_items(
            fh,
            (
                {**d, "source": u, "target": v, "key": k}
                for u, v, k, d in g.edges(keys=True, data=True)
            ),
        )
        fh.write(',\n "graph": ' + _json_at(g.graph, 1))
        fh.write(',\n "multigraph": ' + _json_at(g.is_multigraph(), 0) + ',\n "nodes": ')
        _write_items(fh, ({**d, "id": n} for n, d in g.nodes(data=True)))
        fh.write("\n}")


def read_graph_json(path: str | Path) -> nx.MultiDiGraph:
    """The graph of a ``graph.json`` file; ``ValueError`` when the file holds no node-link
    graph (a list, ``null``, JSON nested too deeply)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if not (
        isinstance(data, dict)
        and isinstance(data.get("nodes"), list)
        and isinstance(data.get("edges", []), list)
    ):
        raise ValueError("not a node-link graph: an object with 'nodes' and 'edges' lists")
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


# characters XML 1.0 does not allow (C0 controls but tab, newline and return; surrogates;
# U+FFFE and U+FFFF): a GraphML file stays valid XML whatever the articles held
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _graphml_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        v = json.dumps(v, ensure_ascii=False, sort_keys=True)
    if isinstance(v, str):
        return _NOT_XML.sub("\ufffd", v)
    return v


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: _graphml_value(v) for k, v in d.items()})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{a: _graphml_value(b) for a, b in d.items()})
    # networkx's plain writer, named: ``nx.write_graphml`` takes lxml's writer when lxml is
    # installed, and its bytes differ (layout, attribute order), so the file would depend on
    # what else the environment holds
    with AtomicFile(path, binary=True) as fh:  # whole or not at all, like every output
        nx.write_graphml_xml(h, fh.file)


def graph_summary(g: Any) -> dict[str, dict[str, int]]:
    """Nodes and edges by type, of a networkx graph or a streamed run's graph."""
    if not isinstance(g, nx.Graph):
        return g.summary()
    nodes: dict[str, int] = {}
    edges: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        nodes[d.get("type", "?")] = nodes.get(d.get("type", "?"), 0) + 1
    for _, _, d in g.edges(data=True):
        edges[d.get("type", "?")] = edges.get(d.get("type", "?"), 0) + 1
    return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}
