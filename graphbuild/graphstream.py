"""The corpus graph of a streamed run, with only its entity index in memory.

:class:`GraphStream` is fed the resolved extractions one at a time, like
:class:`~graphbuild.graph.GraphBuilder`, but keeps in memory only what grows with
the number of *entities*: each entity node's attributes (name, aliases, article ids
as interned strings, merges), its rank in node order and its degree. What grows
with the number of articles and relations — the edges with their evidence, the
Statement nodes, the articles' metadata — goes to unnamed temporary files as it
comes, and is sorted there (:class:`_Sorter`: sorted runs merged lazily) into the
order :mod:`networkx` would give.

So :meth:`GraphStream.finish` gives a :class:`StreamedGraph` whose nodes, edges
and articles can be read (as often as needed) in the order of the graph that
:func:`~graphbuild.graph.build_graph` builds from the same extractions; the
graph.json written from it has the same bytes (``write_graph_json`` of
:mod:`graphbuild.graph`). :meth:`StreamedGraph.materialize` builds that networkx
graph, or a part of it, for the writers that need one (GraphML, Neo4j, the page).

Two things the stream cannot order without keeping the whole graph: a relation
whose end was never an entity (networkx would add a bare node) and an article id
seen twice (networkx would merge the articles' edges). A stream that meets one is
not :attr:`~GraphStream.exact`; the caller then builds the graph in memory.
"""

from __future__ import annotations

import heapq
import json
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

import networkx as nx

from . import schema
from .fsutil import AtomicFile
from .graph import (
    _edge_common,
    _finish_entities,
    _json_at,
    _merge_entity,
    _oriented,
    _Pending,
    _statement_attrs,
)
from .model import Article, Extraction, Relation, statement_id

__all__ = ["GraphStream", "StreamedGraph"]

#: records sorted in memory at once before a run is written out
CHUNK = 20_000
#: records per pickled block inside a run (what the merge holds per run)
BLOCK = 256


# the attributes of a Statement node and of an edge in the order build_graph sets them
# (GraphML declares its keys in the order it first meets them)
STATEMENT_KEYS = ("type", "name", "text", "lang", "article_id", "speaker", "articles")
EDGE_KEYS: tuple[str, ...] = ("key", "type", "quote", "article_id", "evidence", "start", "end")
EDGE_KEYS += ("confidence", "rule", "published")


def _ordered(text: str, keys: tuple[str, ...]) -> dict[str, Any]:
    """The attributes of a graph.json item, ``keys`` first in that order (no id, no ends)."""
    d = json.loads(text)
    for k in ("id", "source", "target"):
        d.pop(k, None)
    return {**{k: d.pop(k) for k in keys if k in d}, **d}


class _Sorter:
    """An external sort of ``(key, value)`` records: sorted runs of :data:`CHUNK` records in
    one unnamed temporary file, merged lazily; :meth:`items` may be read more than once."""

    def __init__(self, chunk: int | None = None) -> None:
        self.chunk = chunk or CHUNK
        self._buf: list[tuple[Any, Any]] = []
        self._runs: list[int] = []  # offset of each run
        # unnamed: the kernel frees it when the process ends, however it ends; closed by close()
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="graphbuild-")  # noqa: SIM115
        self.count = 0

    def add(self, key: Any, value: Any) -> None:
        self._buf.append((key, value))
        self.count += 1
        if len(self._buf) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        if not self._buf:
            return
        self._buf.sort(key=itemgetter(0))
        self._runs.append(self._file.seek(0, 2))
        for i in range(0, len(self._buf), BLOCK):
            pickle.dump(self._buf[i : i + BLOCK], self._file, pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, self._file, pickle.HIGHEST_PROTOCOL)  # end of the run
        self._buf = []

    def _run(self, offset: int) -> Iterator[tuple[Any, Any]]:
        pos = offset
        while True:
            self._file.seek(pos)
            block = pickle.load(self._file)
            pos = self._file.tell()
            if block is None:
                return
            yield from block

    def items(self) -> Iterator[tuple[Any, Any]]:
        """Every record, in key order."""
        self._flush()
        return heapq.merge(*(self._run(o) for o in self._runs), key=itemgetter(0))

    def close(self) -> None:
        self._file.close()


def _write_texts(fh: AtomicFile, texts: Iterator[str]) -> None:
    """A list at depth 1 of graph.json, of items already printed at depth 2."""
    first = True
    for text in texts:
        fh.write(("[\n  " if first else ",\n  ") + text)
        first = False
    fh.write("[]" if first else "\n ]")


class StreamedGraph:
    """The graph a :class:`GraphStream` gathered: nodes, edges and articles readable in the
    order of :func:`~graphbuild.graph.build_graph`'s graph, and the counts."""

    def __init__(self, stream: GraphStream, edges: _Sorter) -> None:
        self._s = stream
        self._edges = edges
        by_rank = sorted((r, n) for n, r in stream.rank.items())
        self.entity_order = [n for _, n in by_rank]

    # ------------------------------------------------------------------ counts
    def number_of_nodes(self) -> int:
        return len(self._s.nodes) + self._s.statements.count

    def number_of_edges(self) -> int:
        return self._edges.count

    def summary(self) -> dict[str, dict[str, int]]:
        """:func:`~graphbuild.graph.graph_summary` of the graph: nodes and edges by type."""
        nodes = dict(self._s.node_types)
        edges = dict(self._s.edge_types)
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}

    @property
    def article_count(self) -> int:
        return self._s.articles.count

    def degree(self, node: str) -> int:
        """An entity node's degree (edges in and out, as ``MultiDiGraph.degree``)."""
        return self._s.degree.get(node, 0)

    # ------------------------------------------------------------------ items
    def nodes(self) -> Iterator[tuple[str, str]]:
        """``(id, graph.json text of the node)`` in node order."""
        nodes = self._s.nodes
        entities = (
            (self._s.rank[n], (n, _json_at({**nodes[n], "id": n}, 2))) for n in self.entity_order
        )
        merged = heapq.merge(entities, self._s.statements.items(), key=itemgetter(0))
        return (v for _, v in merged)

    def edges(self) -> Iterator[tuple[str, str, str]]:
        """``(source, target, graph.json text of the edge)`` in edge order."""
        return (v for _, v in self._edges.items())

    def articles(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(article id, metadata)`` in id order."""
        return ((k[0], v) for k, v in self._s.articles.items())

    def entity(self, node: str) -> dict[str, Any]:
        return self._s.nodes[node]

    # ------------------------------------------------------------------ graph.json
    def write_json(self, path: str | Path) -> None:
        """``graph.json``, the bytes :func:`~graphbuild.graph.write_graph_json` writes for the
        graph ``build_graph`` gives, item by item into an atomic file."""
        with AtomicFile(path) as fh:
            fh.write('{\n "directed": true,\n "edges": ')
            _write_texts(fh, (text for _, _, text in self.edges()))
            fh.write(',\n "graph": {\n  "articles": ')
            first = True
            for aid, meta in self.articles():
                key = json.dumps(aid, ensure_ascii=False)
                fh.write(("{\n   " if first else ",\n   ") + key + ": " + _json_at(meta, 3))
                first = False
            fh.write("{}" if first else "\n  }")
            fh.write('\n },\n "multigraph": true,\n "nodes": ')
            _write_texts(fh, (text for _, text in self.nodes()))
            fh.write("\n}")

    # ------------------------------------------------------------------ networkx
    def materialize(
        self,
        keep: Callable[[str], bool] | None = None,
        edge_filter: Callable[[int, str, str], bool] | None = None,
    ) -> nx.MultiDiGraph:
        """The networkx graph (the one ``build_graph`` gives), or its part: the nodes
        ``keep`` accepts, and the edges between them that ``edge_filter(i, u, v)`` accepts
        (``i``: the edge's place in edge order); only the articles the part refers to."""
        g = nx.MultiDiGraph()
        for n, text in self.nodes():
            if keep is None or keep(n):
                d = self._s.nodes.get(n)  # an entity's own dict keeps its attributes' order
                g.add_node(n, **(dict(d) if d is not None else _ordered(text, STATEMENT_KEYS)))
        used: set[str] = set()
        for i, (u, v, text) in enumerate(self.edges()):
            if keep is not None and not (keep(u) and keep(v)):
                continue
            if edge_filter is not None and not edge_filter(i, u, v):
                continue
            d = _ordered(text, EDGE_KEYS)
            used.add(str(d.get("article_id")))
            g.add_edge(u, v, **d)
        if keep is not None:  # the page lists a node's first 100 articles
            for _, d in g.nodes(data=True):
                used.update((d.get("articles") or [])[:100])
        kept = [
            (n, aid, meta)
            for (aid, n), meta in self._s.articles.items()
            if keep is None or aid in used
        ]
        kept.sort(key=itemgetter(0))  # the order the articles came in, as build_graph's
        g.graph["articles"] = {aid: meta for _, aid, meta in kept}
        return g

    def close(self) -> None:
        self._edges.close()
        self._s.close()


class GraphStream:
    """:class:`~graphbuild.graph.GraphBuilder`'s graph, gathered without the graph in memory
    (see the module docstring). ``add`` each extraction in order, then ``finish`` once."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}  # entity id -> attributes
        self.rank: dict[str, int] = {}  # entity id -> its place in node order
        self.degree: dict[str, int] = {}
        self.node_types: dict[str, int] = {}
        self.edge_types: dict[str, int] = {}
        self._pending: dict[str, _Pending] = {}
        self._next_rank = 0
        self._seq = 0  # edges so far
        self.statements = _Sorter()  # rank -> (id, text)
        self.articles = _Sorter()  # (article id, n) -> metadata
        self._raw_edges = _Sorter()  # (source rank, seq) -> (target, text)
        self.exact = True

    def _new_rank(self) -> int:
        self._next_rank += 1
        return self._next_rank - 1

    def add(self, ex: Extraction) -> None:
        art = ex.article
        aid = sys.intern(art.id)
        self.articles.add((aid, self.articles.count), art.meta())
        for ent in ex.entities:
            node = self.nodes.get(ent.id)
            if node is not None:
                _merge_entity(node, self._pending[ent.id], ent, aid)
                continue
            self.rank[ent.id] = self._new_rank()
            self._pending[ent.id] = _Pending(ent, aid)
            self.node_types[ent.type] = self.node_types.get(ent.type, 0) + 1
            self.nodes[ent.id] = {
                "type": ent.type,
                "name": ent.name,
                "aliases": [],
                "country": ent.country,
                "title": ent.title,
                "kind": ent.kind,
                "name_en": ent.name_en,
                "confidence": ent.confidence,
                "articles": [aid],
                "merges": list(ent.merges),
            }
        self._add_relations(ex, aid)

    def _edge(self, rank: int, u: str, v: str, key: str, d: dict[str, Any]) -> None:
        text = _json_at({**d, "source": u, "target": v, "key": key}, 2)
        self._raw_edges.add((rank, self._seq), (u, v, text))
        self._seq += 1
        for n in (u, v):
            if n in self.nodes:
                self.degree[n] = self.degree.get(n, 0) + 1
        t = d["type"]
        self.edge_types[t] = self.edge_types.get(t, 0) + 1

    def _add_relations(self, ex: Extraction, aid: str) -> None:
        art = ex.article
        made: dict[str, int] = {}  # this article's statements and their ranks (an id made twice
        # is one node)
        for n, rel, source, target in _oriented(ex):
            common = _edge_common(art, rel)
            if not schema.is_quoted(rel.type):
                if source not in self.nodes or target not in self.nodes:
                    self.exact = False  # networkx would add a bare node here
                    continue
                d = {"type": rel.type, "quote": None, **common}
                self._edge(self.rank[source], source, target, f"{rel.type}|{aid}|{n}", d)
                continue
            self._statement(art, rel, n, common, made)

    def _statement(
        self, art: Article, rel: Relation, n: int, common: dict[str, Any], made: dict[str, int]
    ) -> None:
        sid = statement_id(art.id, rel.source, rel.quote or "", rel.start)
        if sid not in made:
            made[sid] = rank = self._new_rank()
            attrs = _statement_attrs(art, rel)
            self.statements.add(rank, (sid, _json_at({**attrs, "id": sid}, 2)))
            self.node_types[schema.STATEMENT] = self.node_types.get(schema.STATEMENT, 0) + 1
        if rel.source not in self.nodes:
            self.exact = False
            return
        d = {"type": rel.type, "quote": rel.quote, **common}
        self._edge(self.rank[rel.source], rel.source, sid, f"{rel.type}|{art.id}|{n}", d)
        done: set[str] = set()
        for m in rel.mentions:
            if m in self.nodes and m != rel.source and m not in done:
                done.add(m)
                d = {"type": schema.MENTIONS, "quote": None, **common}
                self._edge(made[sid], sid, m, f"{schema.MENTIONS}|{art.id}|{n}|{m}", d)
            elif m.startswith("Statement:"):
                self.exact = False  # a statement of another article: not followed here

    def finish(self) -> StreamedGraph:
        """The gathered graph (call once, after the last extraction)."""
        last = None
        for (aid, _), _ in self.articles.items():
            if aid == last:
                self.exact = False  # an article id seen twice
                break
            last = aid
        fake: Any = _NodeTable(self.nodes)
        _finish_entities(fake, self._pending)
        self._pending = {}
        return StreamedGraph(self, _order_edges(self._raw_edges))

    def close(self) -> None:
        for s in (self.statements, self.articles, self._raw_edges):
            s.close()


class _NodeTable:
    """What :func:`~graphbuild.graph._finish_entities` reads of a graph: ``g.nodes[id]``."""

    def __init__(self, nodes: dict[str, dict[str, Any]]) -> None:
        self.nodes = nodes


def _order_edges(raw: _Sorter) -> _Sorter:
    """Edges from (source rank, seq) order into networkx's: by source, then by target in the
    order each target was first reached from that source, then in the order they came."""
    ordered = _Sorter()
    current: int | None = None
    first: dict[str, int] = {}
    for (rank, seq), (u, v, text) in raw.items():
        if rank != current:
            current, first = rank, {}
        ordered.add((rank, first.setdefault(v, seq), seq), (u, v, text))
    raw.close()
    return ordered
