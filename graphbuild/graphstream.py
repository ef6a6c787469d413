"""The corpus graph of a streamed run, with only its entity index in memory.

:class:`GraphStream` is fed the resolved extractions one at a time, like
:class:`~graphbuild.graph.GraphBuilder`, but keeps nothing in memory that grows with
the corpus. The entity index — each entity id, its rank in node order and its
degree — is a table in a private temporary SQLite database (:class:`_EntityTable`,
with a bounded cache of the ids met last); each mention of an entity, each edge with
its evidence, each Statement node and each article's metadata goes to unnamed
temporary files as it comes, and is sorted there (:class:`_Sorter`: sorted runs
merged lazily) into the order :mod:`networkx` would give. An entity's attributes are
folded from its mentions, sorted by id, once the last article is in (the merge rule
of :mod:`graphbuild.merge` does not depend on their order).

So :meth:`GraphStream.finish` gives a :class:`StreamedGraph` whose nodes, edges
and articles can be read (as often as needed) in the order of the graph that
:func:`~graphbuild.graph.build_graph` builds from the same extractions; the
graph.json written from it has the same bytes (``write_graph_json`` of
:mod:`graphbuild.graph`). :meth:`StreamedGraph.materialize` builds that networkx
graph, or a part of it, for the writers that need one (GraphML, the page).

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
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain, groupby
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

import networkx as nx

from . import schema
from .fsutil import AtomicFile
from .graph import (
    RecordText,
    _edge_common,
    _json_at,
    _merge_entity,
    _oriented,
    _Pending,
    _statement_attrs,
)
from .ondisk import private_db
from .model import Article, Extraction, Relation, statement_id

__all__ = ["EdgeRows", "GraphStream", "StreamedGraph"]

#: records sorted in memory at once before a run is written out
CHUNK = 20_000
#: records the sorts of the loader's rows (:class:`EdgeRows`) hold in memory at once
ROWS_CHUNK = 5_000
#: records per pickled block inside a run (what the merge holds per run: the runs grow with
#: the corpus, one per CHUNK records, so a block stays small)
BLOCK = 64
#: entity ids whose rank the stream keeps in memory (the ids met last) before it writes
#: them to its table and forgets them
CACHE = 20_000
#: entity ids read from the table in one query when a batch of articles comes (the ids its
#: entities name that are not in memory)
PREFETCH = 500


# the attributes of a Statement node and of an edge in the order build_graph sets them
# (GraphML declares its keys in the order it first meets them)
STATEMENT_KEYS: tuple[str, ...] = (
    "type",
    "name",
    "text",
    "lang",
    "article_id",
    "speaker",
    "articles",
)
EDGE_KEYS: tuple[str, ...] = ("key", "type", "quote", "article_id", "evidence", "start", "end")
EDGE_KEYS += ("confidence", "rule", "published")
ENTITY_KEYS: tuple[str, ...] = (
    "type",
    "name",
    "aliases",
    "country",
    "title",
    "kind",
    "name_en",
    "confidence",
)
ENTITY_KEYS += ("articles", "merges")


class _Mention(NamedTuple):
    """What the stream keeps of one mention of an entity: its rank, its article and the
    attributes :func:`~graphbuild.graph._merge_entity` reads of an entity."""

    rank: int
    aid: str
    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    title: str | None
    kind: str | None
    name_en: str | None
    confidence: float
    merges: tuple[str, ...]


def _ordered(text: str | bytes, keys: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The attributes of a graph.json item, ``keys`` first in that order (no id, no ends);
    a node's keys are those of its type (an entity's or a Statement's) when not given."""
    d = json.loads(text)
    for k in ("id", "source", "target"):
        d.pop(k, None)
    if keys is None:
        keys = STATEMENT_KEYS if d.get("type") == schema.STATEMENT else ENTITY_KEYS
    return {**{k: d.pop(k) for k in keys if k in d}, **d}


class _TempStore:
    """Records in an unnamed temporary file (``_file``), some held in a buffer until
    ``_flush``. Pickled (after :meth:`settle`) as its state and the number of its file's
    descriptor: a process started with that descriptor (``pass_fds``) reads the same records
    (:meth:`__setstate__` opens the file again, for reading, with an offset of its own)."""

    _file: IO[bytes]

    def _flush(self) -> None:
        raise NotImplementedError

    def settle(self) -> None:
        """Every record in the file, and the file's buffer written out to the system."""
        self._flush()
        if not self._file.closed:
            self._file.flush()

    def fileno(self) -> int | None:
        """The descriptor of the store's file; None once it is closed."""
        return None if self._file.closed else self._file.fileno()

    def __getstate__(self) -> dict[str, Any]:
        if getattr(self, "_buf", None):
            raise ValueError("a store is pickled once settled (records held in its buffer)")
        state = dict(self.__dict__)
        state["_file"] = self._file.fileno()
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        fd = state.pop("_file")
        self.__dict__.update(state)
        # not the descriptor itself: its offset is shared with the process that made it
        self._file = open(f"/proc/self/fd/{fd}", "rb")  # noqa: SIM115  # closed with the store

    def close(self) -> None:
        self._file.close()


class _Sorter(_TempStore):
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


class Spool(_TempStore):
    """Records kept in the order they come, in an unnamed temporary file (pickled in blocks
    of :data:`BLOCK`): ``len`` and iteration, as often as needed."""

    def __init__(self) -> None:
        self._buf: list[Any] = []
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="graphbuild-")  # noqa: SIM115
        self.count = 0

    def add(self, record: Any) -> None:
        self._buf.append(record)
        self.count += 1
        if len(self._buf) >= BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            self._file.seek(0, 2)
            pickle.dump(self._buf, self._file, pickle.HIGHEST_PROTOCOL)
            self._buf = []

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        self._flush()
        pos, end = 0, self._file.seek(0, 2)
        while pos < end:
            self._file.seek(pos)
            block = pickle.load(self._file)
            pos = self._file.tell()
            yield from block


class _Ordered(Spool):
    """``(key, value)`` records that come in key order (ranks, given out in turn): the
    interface of :class:`_Sorter`, kept as they come (no sort, no merge of runs)."""

    def add(self, key: Any, value: Any = None) -> None:
        super().add((key, value))

    def items(self) -> Iterator[tuple[Any, Any]]:
        return iter(self)


#: bytes of graph.json items joined into one write
WRITE_BLOCK = 1 << 20


def _write_texts(fh: AtomicFile, texts: Iterator[bytes]) -> None:
    """A list at depth 1 of graph.json, of items already printed at depth 2 (UTF-8), into a
    binary file, in writes of about :data:`WRITE_BLOCK` bytes."""
    first = next(texts, None)
    if first is None:
        fh.write(b"[]")
        return
    head, block, size = b"[\n  ", [first], len(first)
    for text in texts:
        block.append(text)
        size += len(text)
        if size >= WRITE_BLOCK:
            fh.write(head + b",\n  ".join(block))
            head, block, size = b",\n  ", [], 0
    fh.write((head + b",\n  ".join(block) if block else b"") + b"\n ]")


class _EntityTable:
    """The entity index of a stream: each entity id, its rank in node order and its degree,
    in a private temporary SQLite database (deleted when closed, or when the process ends).
    The ids met last (at most :data:`CACHE`) and the degrees counted since the last write
    are kept in memory and written in one go."""

    def __init__(self) -> None:
        self._db = private_db()
        self._db.execute(
            "CREATE TABLE ent (id TEXT PRIMARY KEY, rank INTEGER NOT NULL,"
            " degree INTEGER NOT NULL, type TEXT NOT NULL) WITHOUT ROWID"
        )
        # id -> (rank, type): every id not yet written is here
        self._recent: dict[str, tuple[int, str]] = {}
        self._new: list[tuple[str, int, str]] = []
        self._degree: dict[str, int] = {}  # id -> edges counted since the last write
        self._absent: set[str] = set()  # ids the last prefetch found in neither (no entity)
        self.count = 0

    def prefetch(self, nodes: Iterable[str]) -> None:
        """Read the rank and type of those of ``nodes`` not in memory at once (a query per
        :data:`PREFETCH` ids instead of one each); the ids that are no entity are
        remembered as such until they are added or the next prefetch."""
        self._absent.clear()
        want = [n for n in dict.fromkeys(nodes) if n not in self._recent]
        if not want:
            return
        if len(self._recent) + len(want) >= CACHE:
            self.flush()
        recent = self._recent
        for i in range(0, len(want), PREFETCH):
            part = want[i : i + PREFETCH]
            marks = ",".join("?" * len(part))
            query = f"SELECT id, rank, type FROM ent WHERE id IN ({marks})"
            for node, rank, type_ in self._db.execute(query, part):
                recent[node] = (rank, type_)
        self._absent.update(n for n in want if n not in recent)

    def entry(self, node: str) -> tuple[int, str] | None:
        """The rank and type of an entity, None when the id is no entity (yet)."""
        r = self._recent.get(node)
        if r is None:
            if node in self._absent:
                return None
            row = self._db.execute("SELECT rank, type FROM ent WHERE id = ?", (node,)).fetchone()
            if row is None:
                return None
            r = self._recent[node] = (row[0], row[1])
            if len(self._recent) >= CACHE:
                self.flush()
        return r

    def rank(self, node: str) -> int | None:
        """The rank of an entity, None when the id is no entity (yet)."""
        r = self.entry(node)
        return None if r is None else r[0]

    def add(self, node: str, rank: int, type_: str) -> None:
        """A new entity (its id is not in the table)."""
        self._recent[node] = (rank, type_)
        self._absent.discard(node)
        self._new.append((node, rank, type_))
        self.count += 1
        if len(self._recent) >= CACHE:
            self.flush()

    def bump(self, node: str) -> None:
        """One more edge at an entity."""
        self._degree[node] = self._degree.get(node, 0) + 1
        if len(self._degree) >= CACHE:
            self.flush()

    def flush(self) -> None:
        """Write the new ids and the degrees counted; forget the cached ranks."""
        if self._new or self._degree:
            with self._db:
                self._db.executemany("INSERT INTO ent VALUES (?, ?, 0, ?)", self._new)
                self._db.executemany(
                    "UPDATE ent SET degree = degree + ? WHERE id = ?",
                    ((d, n) for n, d in self._degree.items()),
                )
        self._new, self._degree, self._recent = [], {}, {}

    def degree(self, node: str) -> int:
        self.flush()
        row = self._db.execute("SELECT degree FROM ent WHERE id = ?", (node,)).fetchone()
        return row[0] if row else 0

    def type_of(self, node: str) -> str | None:
        """An entity's type; None when the id is no entity."""
        self.flush()
        row = self._db.execute("SELECT type FROM ent WHERE id = ?", (node,)).fetchone()
        return row[0] if row else None

    def degrees(self) -> Iterator[tuple[str, int]]:
        """``(id, degree)`` of every entity, in no particular order."""
        self.flush()
        return iter(self._db.execute("SELECT id, degree FROM ent"))

    def ids(self) -> Iterator[str]:
        """Every entity id, in rank order."""
        self.flush()
        return (n for (n,) in self._db.execute("SELECT id FROM ent ORDER BY rank"))

    def close(self) -> None:
        self._db.close()


def _fold(mentions: Iterable[_Mention]) -> dict[str, Any]:
    """An entity node's attributes from its mentions in order: those
    :class:`~graphbuild.graph.GraphBuilder` gives it (the same functions). The mentions are
    read one at a time: an entity named in most articles (a country) keeps its articles'
    ids, not every mention of it, in memory."""
    it = iter(mentions)
    first: Any = next(it)
    node = {
        "type": first.type,
        "name": first.name,
        "aliases": [],
        "country": first.country,
        "title": first.title,
        "kind": first.kind,
        "name_en": first.name_en,
        "confidence": first.confidence,
        "articles": [first.aid],
        "merges": list(first.merges),
    }
    pending = _Pending(first, first.aid)
    for m in it:
        _merge_entity(node, pending, m, m.aid)  # type: ignore[arg-type]  # an Entity's fields
    node["aliases"] = sorted(pending.aliases - {node["name"]})
    node["articles"] = sorted(pending.articles)
    if pending.merged:
        node["merges"] = sorted(pending.merges)
    return node


class StreamedGraph:
    """The graph a :class:`GraphStream` gathered: nodes, edges and articles readable in the
    order of :func:`~graphbuild.graph.build_graph`'s graph, and the counts."""

    def __init__(self, stream: GraphStream, entities: _Sorter, raw_edges: _Sorter) -> None:
        self._s = stream
        self._entities = entities  # rank -> (id, UTF-8 text)
        # the edges in the order they came, put in networkx's order when first read (the
        # loader's rows do not read them: the process writing those starts before)
        self._raw_edges = raw_edges
        self._edge_count = raw_edges.count
        self._ordered: Spool | None = None

    # ------------------------------------------------------------------ counts
    def number_of_nodes(self) -> int:
        return self._s.table.count + self._s.statements.count

    def number_of_edges(self) -> int:
        return self._edge_count

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
        return self._s.table.degree(node)

    @property
    def entity_order(self) -> list[str]:
        """Every entity id in node order (a list as long as the entities: for small graphs)."""
        return list(self._s.table.ids())

    def top_entities(self, k: int) -> list[str]:
        """The ``k`` entities of highest degree, ties to the smaller id (read from the index
        on disk, ``k`` of them in memory)."""
        return [
            n for _, n in heapq.nsmallest(max(k, 0), ((-d, n) for n, d in self._s.table.degrees()))
        ]

    # ------------------------------------------------------------------ items
    def nodes(self) -> Iterator[tuple[str, bytes]]:
        """``(id, graph.json text of the node, in UTF-8)`` in node order."""
        merged = heapq.merge(self._entities.items(), self._s.statements.items(), key=itemgetter(0))
        return (v for _, v in merged)

    def edges(self) -> Iterator[tuple[str, str, bytes]]:
        """``(source, target, graph.json text of the edge, in UTF-8)`` in edge order."""
        if self._ordered is None:
            self._ordered = _order_edges(self._raw_edges)
        return iter(self._ordered)

    def articles(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(article id, metadata)`` in id order."""
        return ((k[0], v) for k, v in self._s.articles.items())

    # ------------------------------------------------------------------ for the loader
    def entities_by_id(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` of every entity node, in id order."""
        return self._s.entities_by_id()

    def statement_nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` of every Statement node, in node order."""
        return ((sid, json.loads(text)) for _, (sid, text) in self._s.statements.items())

    def edge_articles_elsewhere(self) -> Iterator[tuple[str, str]]:
        """``(entity, article)`` of the edges at an entity in an article that does not name
        it (rare: an extraction's relations join its own entities), sorted, repeats kept."""
        return (k for k, _ in self._s.elsewhere.items())

    def node_type(self, node: str) -> str | None:
        """An entity's type (None for a Statement)."""
        return self._s.table.type_of(node)

    def edge_rows(self) -> EdgeRows | None:
        """The edges' values as the loader's rows read them, gathered as they came (a
        stream made ``by_id``), else None: read them from :meth:`edges`."""
        return self._s.rows

    # ------------------------------------------------------------------ graph.json
    def write_json(self, path: str | Path) -> None:
        """``graph.json``, the bytes :func:`~graphbuild.graph.write_graph_json` writes for the
        graph ``build_graph`` gives, item by item into an atomic file."""
        # binary: the texts are kept in UTF-8 from where they were made (a worker, or here)
        with AtomicFile(path, binary=True) as fh:
            fh.write(b'{\n "directed": true,\n "edges": ')
            _write_texts(fh, (text for _, _, text in self.edges()))
            fh.write(b',\n "graph": {\n  "articles": ')
            first = True
            for aid, meta in self.articles():
                key = json.dumps(aid, ensure_ascii=False)
                item = ("{\n   " if first else ",\n   ") + key + ": " + _json_at(meta, 3)
                fh.write(item.encode("utf-8"))
                first = False
            fh.write(b"{}" if first else b"\n  }")
            fh.write(b'\n },\n "multigraph": true,\n "nodes": ')
            _write_texts(fh, (text for _, text in self.nodes()))
            fh.write(b"\n}")

    # ------------------------------------------------------------------ networkx
    def materialize(
        self,
        keep: Callable[[str], bool] | None = None,
        edge_filter: Callable[[int, str, str], bool] | None = None,
        recent: int | None = None,
    ) -> nx.MultiDiGraph:
        """The networkx graph (the one ``build_graph`` gives), or its part: the nodes
        ``keep`` accepts, and the edges between them that ``edge_filter(i, u, v)`` accepts
        (``i``: the edge's place in edge order); only the articles the part refers to.
        ``recent`` (with ``keep``; for the page): each kept entity's ``articles`` are only
        its ``recent`` most recent (:meth:`recent_articles`), and ``articles_total`` counts
        them all."""
        g = nx.MultiDiGraph()
        # a part is drawn on the page, which lists a node's most recent articles only
        cut = {} if keep is None or recent is None else self.recent_articles(keep, recent)
        used: set[str] = set()
        for n, text in self.nodes():
            if keep is None or keep(n):
                d = _ordered(text)  # in the order build_graph sets them
                if n in cut:
                    d["articles"], d["articles_total"] = cut[n]
                    used.update(d["articles"])
                elif keep is not None:  # the page lists a node's first 100 articles
                    used.update((d.get("articles") or [])[:100])
                g.add_node(n, **d)
        for i, (u, v, text) in enumerate(self.edges()):
            if keep is not None and not (keep(u) and keep(v)):
                continue
            if edge_filter is not None and not edge_filter(i, u, v):
                continue
            d = _ordered(text, EDGE_KEYS)
            used.add(str(d.get("article_id")))
            g.add_edge(u, v, **d)
        kept = [
            (n, aid, meta)
            for (aid, n), meta in self._s.articles.items()
            if keep is None or aid in used
        ]
        kept.sort(key=itemgetter(0))  # the order the articles came in, as build_graph's
        g.graph["articles"] = {aid: meta for _, aid, meta in kept}
        return g

    def recent_articles(
        self, keep: Callable[[str], bool], k: int
    ) -> dict[str, tuple[list[str], int]]:
        """``{entity: (its k most recent articles, how many it has)}`` for the entities
        ``keep`` accepts: most recent first by published date (undated last), ties to the
        smaller id, as :func:`graphbuild.render.recent_articles` orders them. Streamed: the
        (article, entity) pairs are sorted on disk and joined with the articles, and each
        entity keeps a heap of ``k``; memory holds ``k`` per kept entity, not its articles."""
        pairs = _Sorter()
        total: dict[str, int] = {}
        for node, aid in self._s.mentioned(keep):
            pairs.add(aid, node)
            total[node] = total.get(node, 0) + 1
        heaps: dict[str, list[tuple[str, int, str]]] = {}
        arts = iter(self._s.articles.items())
        cur = next(arts, None)
        for i, (aid, node) in enumerate(pairs.items()):
            while cur is not None and cur[0][0] < aid:
                cur = next(arts, None)
            meta = cur[1] if cur is not None and cur[0][0] == aid else {}
            published = meta.get("published")
            # the heap's smallest is the one to drop: the oldest, then the larger id
            entry = ("" if published in (None, "") else str(published), -i, aid)
            heap = heaps.setdefault(node, [])
            if len(heap) < k:
                heapq.heappush(heap, entry)
            elif k > 0:
                heapq.heappushpop(heap, entry)
        pairs.close()
        return {
            n: ([aid for _, _, aid in sorted(heaps.get(n, []), reverse=True)], count)
            for n, count in total.items()
        }

    # ------------------------------------------------------------------ another process
    def _stores(self) -> list[_Sorter | Spool]:
        s = self._s
        edges = self._raw_edges if self._ordered is None else self._ordered
        stores: list[_Sorter | Spool] = [self._entities, edges, s._mentions, s.statements]
        stores += [s.articles, s.elsewhere]
        if s.rows is not None:
            stores += [s.rows.groups, s.rows.quoted, s.rows.statements]
        if s._by_id is not None:
            stores.append(s._by_id)
        return stores

    def settle(self) -> None:
        """Every record written out to its file, and the files' buffers to the system: a
        process given :meth:`files` and this graph pickled finds the whole graph in them."""
        for store in self._stores():
            store.settle()

    def files(self) -> list[int]:
        """The descriptors of the graph's files, for a process that reads it (``pass_fds``)."""
        return [fd for fd in (store.fileno() for store in self._stores()) if fd is not None]

    def close(self) -> None:
        self._entities.close()
        if self._ordered is not None:
            self._ordered.close()
        self._raw_edges.close()
        self._s.close()


class GraphStream:
    """:class:`~graphbuild.graph.GraphBuilder`'s graph, gathered without the graph in memory
    (see the module docstring). ``add`` each extraction in order, then ``finish`` once."""

    def __init__(self, *, by_id: bool = False) -> None:
        self.table = _EntityTable()  # entity id -> rank, degree
        # by_id: the folded entities are also spooled in id order, and the edges' values are
        # sorted as they come, for the loader's rows
        self._by_id: Spool | None = Spool() if by_id else None
        self.rows: EdgeRows | None = EdgeRows() if by_id else None
        self.node_types: dict[str, int] = {}
        self.edge_types: dict[str, int] = {}
        self._next_rank = 0
        self._seq = 0  # edges so far
        # (entity id, mention number) -> a _Mention's fields: a plain tuple, which pickles
        # several times faster than the named one (made again when read)
        self._mentions = _Sorter()
        self.statements = _Ordered()  # rank -> (id, UTF-8 text), ranks in turn
        self.articles = _Sorter()  # (article id, n) -> metadata
        self._raw_edges = _Sorter()  # (source rank, seq) -> (source, target, UTF-8 text)
        self._here: set[str] = set()  # the entities of the article being added
        self._aid = ""  # the id of the article being added
        self.elsewhere = _Sorter()  # (entity, article) of an edge whose article does not name it
        self.exact = True

    def __getstate__(self) -> dict[str, Any]:
        """Pickled for another process (:meth:`StreamedGraph.files`): its sorted files and
        counts, not its entity index (a private SQLite database, this process's own)."""
        return {**self.__dict__, "table": None}

    def _new_rank(self) -> int:
        self._next_rank += 1
        return self._next_rank - 1

    def add(self, ex: Extraction) -> None:
        self.add_prepared(prepare(ex))

    def add_batch(self, batch: Iterable[Prepared]) -> None:
        """:meth:`add_prepared` of each, in order, the entity index read for all their
        entities at once."""
        batch = list(batch)
        self.table.prefetch(eid for p in batch for eid, _ in p[2])
        for p in batch:
            self.add_prepared(p)

    def add_prepared(self, p: Prepared) -> None:
        """Add an extraction :func:`prepare` made ready (in this process or in a worker):
        what depends on the extractions before it (ranks, degrees, the sorted files)."""
        aid, meta, mentions, relations = p
        aid = sys.intern(aid)
        self.articles.add((aid, self.articles.count), meta)
        self._here = {m[0] for m in mentions}
        self._aid = aid
        for eid, fields in mentions:
            self._mention(eid, fields)
        made: dict[str, int] = {}  # this article's statements and their ranks (an id made twice
        # is one node)
        for rel in relations:
            if rel[0] is None:
                self._plain(rel)
            else:
                self._statement(rel, made)
        if self.rows is not None:
            self.rows.end_article(aid)

    def _mention(self, eid: str, fields: tuple[Any, ...]) -> None:
        rank = self.table.rank(eid)
        if rank is None:
            rank = self._new_rank()
            type_ = fields[1]
            self.table.add(eid, rank, type_)
            self.node_types[type_] = self.node_types.get(type_, 0) + 1
        self._mentions.add((eid, self._mentions.count), (rank, *fields))

    def _edge(
        self,
        rank: int,
        u: str,
        v: str,
        text: bytes,
        type_: str,
        ends: str,
        row: tuple[str, EdgeValues, str, str],
    ) -> None:
        """An edge from ``u`` (of rank ``rank``) to ``v`` of the article being added;
        ``ends``: which are entities; ``row``: its key, values and the types of its ends,
        for the loader's rows."""
        self._raw_edges.add((rank, self._seq), (u, v, text))
        self._seq += 1
        for end, n in (("u", u), ("v", v)):
            if end in ends:
                self.table.bump(n)
                if n not in self._here:  # the loader's MENTIONED_IN counts the edge's article
                    self.elsewhere.add((n, self._aid), None)
        self.edge_types[type_] = self.edge_types.get(type_, 0) + 1
        if self.rows is not None:
            self.rows.add(type_, u, v, self._aid, row)

    def _plain(self, rel: tuple[Any, ...]) -> None:
        _, source, target, type_, text, key, values = rel
        u = self.table.entry(source)
        v = None if target is None else self.table.entry(target)
        if u is None or v is None:
            self.exact = False  # networkx would add a bare node here
            return
        self._edge(u[0], source, target, text, type_, "uv", (key, values, u[1], v[1]))

    def _statement(self, rel: tuple[Any, ...], made: dict[str, int]) -> None:
        sid, node, source, type_, text, mentions, key, values = rel
        if sid not in made:
            made[sid] = rank = self._new_rank()
            self.statements.add(rank, (sid, node[0]))
            if self.rows is not None:
                self.rows.statements.add(sid, node[1:])
            self.node_types[schema.STATEMENT] = self.node_types.get(schema.STATEMENT, 0) + 1
        speaker = self.table.entry(source)
        if speaker is None:
            self.exact = False
            return
        stm = schema.STATEMENT
        self._edge(speaker[0], source, sid, text, type_, "u", (key, values, speaker[1], stm))
        plain = (*values[:6], None)  # a MENTIONS edge has no quote
        for m, m_text, m_key in mentions:
            end = None if m_text is None else self.table.entry(m)
            if end is not None:
                row = (m_key, plain, stm, end[1])
                self._edge(made[sid], sid, m, m_text, schema.MENTIONS, "v", row)
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
        self.table.flush()
        return StreamedGraph(self, self._entities(), self._raw_edges)

    def _entities(self) -> _Sorter:
        """Each entity's ``(id, graph.json text)`` by rank, folded from its mentions."""
        out = _Sorter()
        for node, group in groupby(self._mentions.items(), key=lambda kv: kv[0][0]):
            mentions = (_Mention._make(m) for _, m in group)
            first = next(mentions)
            attrs = _fold(chain((first,), mentions))
            out.add(first.rank, (node, _with_id(attrs, node).encode("utf-8")))
            if self._by_id is not None:
                self._by_id.add((node, attrs))
        return out

    def mentioned(self, keep: Callable[[str], bool]) -> Iterator[tuple[str, str]]:
        """``(entity, article)`` once per article naming an entity ``keep`` accepts, in
        entity order (an entity's mentions in one article come one after the other)."""
        for node, group in groupby(self._mentions.items(), key=lambda kv: kv[0][0]):
            if keep(node):
                last = None
                for _, m in group:
                    if m[1] != last:  # its article
                        last = m[1]
                        yield node, last

    def entities_by_id(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` of every entity, in id order: as :meth:`finish` folded them
        when the stream was made ``by_id``, else folded again from the mentions."""
        if self._by_id is not None:
            yield from self._by_id
            return
        for node, group in groupby(self._mentions.items(), key=lambda kv: kv[0][0]):
            yield node, _fold(_Mention._make(m) for _, m in group)

    def close(self) -> None:
        for s in (self._mentions, self.statements, self.articles, self._raw_edges):
            s.close()
        self.elsewhere.close()
        if self.rows is not None:
            self.rows.close()
        if self._by_id is not None:
            self._by_id.close()
        self.table.close()


#: what :meth:`GraphStream.add_prepared` takes: an article's id, its metadata, its mentions
#: ``(entity id, the fields of a _Mention but its rank)`` and its relations, each
#: ``(None, source, target, type, edge text, edge key, edge values)`` or, quoted,
#: ``(statement id, (the node's text, its text and lang attributes) or None when the article
#: made it already, speaker, type, edge text, [(mention, the MENTIONS edge's text or None
#: when there is none, its key)], edge key, edge values)``; an edge's values are
#: :data:`EdgeValues` (the loader's rows read them instead of parsing the edge's text). The
#: graph.json texts of edges and nodes are UTF-8 bytes, as graph.json is written: made in a
#: worker, they are passed, sorted on disk and written with no decoding and encoding again
Prepared = tuple[str, dict[str, Any], list[tuple[str, tuple[Any, ...]]], list[tuple[Any, ...]]]


def prepare(ex: Extraction) -> Prepared:
    """What :class:`GraphStream` needs of an extraction that does not depend on the ones
    before it (the graph.json texts of its edges and Statement nodes): made in a worker
    process, or here. Each relation's edges share the text of its common attributes."""
    art = ex.article
    aid = art.id
    mentions = [
        (
            e.id,
            (aid, e.type, e.name, e.aliases, e.country, e.title, e.kind, e.name_en)
            + (e.confidence, e.merges),
        )
        for e in ex.entities
    ]
    relations: list[tuple[Any, ...]] = []
    made: set[str] = set()
    for n, rel, source, target in _oriented(ex):
        attrs = _edge_common(art, rel)
        common = _EDGE_TEXT.bind(attrs)
        key = f"{rel.type}|{aid}|{n}"
        if not schema.is_quoted(rel.type):
            text = _EDGE_TEXT.fill(common, key, None, source, target, rel.type).encode("utf-8")
            relations.append((None, source, target, rel.type, text, key, edge_values(attrs, None)))
            continue
        sid = statement_id(aid, rel.source, rel.quote or "", rel.start)
        node = None
        if sid not in made:
            st = _statement_attrs(art, rel)
            node = (_with_id(st, sid).encode("utf-8"), st["text"], st["lang"])
        made.add(sid)
        text = _EDGE_TEXT.fill(common, key, rel.quote, rel.source, sid, rel.type).encode("utf-8")
        cands: list[tuple[str, bytes | None, str]] = []
        seen = {rel.source}
        for m in rel.mentions:
            m_text, m_key = None, ""
            if m not in seen:
                seen.add(m)
                m_key = f"{schema.MENTIONS}|{aid}|{n}|{m}"
                m_text = _EDGE_TEXT.fill(common, m_key, None, sid, m, schema.MENTIONS).encode()
            cands.append((m, m_text, m_key))
        values = edge_values(attrs, rel.quote)
        relations.append((sid, node, rel.source, rel.type, text, cands, key, values))
    return aid, art.meta(), mentions, relations


#: what the loader's rows read of an edge besides its ends, type and key: ``(evidence,
#: start, end, published, confidence, rule, quote)`` (its graph.json attributes; a tuple,
#: sorted on disk with no dict and no keys)
EdgeValues = tuple[Any, Any, Any, Any, Any, Any, Any]


def edge_values(attrs: Mapping[str, Any], quote: Any) -> EdgeValues:
    """The :data:`EdgeValues` of an edge: its graph.json attributes ``attrs`` (those of
    :func:`~graphbuild.graph._edge_common`, or a whole edge's) and ``quote``."""
    get = attrs.get
    return (
        get("evidence"),
        get("start"),
        get("end"),
        get("published"),
        get("confidence"),
        get("rule"),
        quote,
    )


class EdgeRows:
    """What the loader's rows need of a stream's edges (:func:`graphbuild.neo4j.loader.
    streamed_rows`), gathered as the edges come instead of parsed back from their texts.
    The loader makes one row of the edges of one type between two ends in one article (a
    group: every edge of it comes with its article), from the earliest of them (by start,
    end, evidence, key), their number and their best confidence: that summary, ``(values
    of the earliest, count, confidence)``, is made as each article ends and sorted by group
    (``groups``: relations and MENTIONS by ``(type, source, target, article)``; ``quoted``:
    by ``(statement, type, speaker, article)``). Also the Statement nodes' ``(text, lang)``
    by id (``statements``), and the kinds of edge met (``(type, source type, target
    type)`` → the first such edge's key and ends: a handful) for the schema's check."""

    def __init__(self) -> None:
        self.kinds: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        self._quoted: dict[str, bool] = {}  # by relation type: a handful
        # the groups of the article being added: (type, source, target) -> [order of the
        # earliest, its values, count, best confidence]
        self._open: dict[tuple[str, str, str], list[Any]] = {}
        # these fill while the stream's own sorts fill: smaller runs, so the peak stays
        # where it was (about 1 KB a record, an evidence sentence in each)
        self.groups = _Sorter(ROWS_CHUNK)
        self.quoted = _Sorter(ROWS_CHUNK)
        self.statements = _Sorter(ROWS_CHUNK)

    def add(self, t: str, u: str, v: str, aid: str, row: tuple[str, EdgeValues, str, str]) -> None:
        """An edge of the article being added (its group is summed up at its end)."""
        key, values, tu, tv = row
        kind = (t, tu, tv)
        if kind not in self.kinds:
            self.kinds[kind] = (key, u, v)
        # the loader's order of a group: the earliest evidence first
        order = (values[1] or 0, values[2] or 0, values[0] or "", key)
        confidence = float(values[4] or 0.0)
        group = self._open.get((t, u, v))
        if group is None:
            self._open[(t, u, v)] = [order, values, 1, confidence]
            return
        if order < group[0]:
            group[0], group[1] = order, values
        group[2] += 1
        group[3] = max(group[3], confidence)

    def end_article(self, aid: str) -> None:
        """The article's groups, summed up, into the sorts."""
        aid = aid or ""
        for (t, u, v), (_, values, count, confidence) in self._open.items():
            quoted = self._quoted.get(t)
            if quoted is None:
                quoted = self._quoted[t] = schema.is_quoted(t)
            if quoted:
                self.quoted.add((v, t, u, aid), (values, count, confidence))
            else:
                self.groups.add((t, u, v, aid), (values, count, confidence))
        self._open = {}

    def close(self) -> None:
        for s in (self.groups, self.quoted, self.statements):
            s.close()


#: an edge's graph.json text: the attributes of :func:`~graphbuild.graph._edge_common` (one
#: relation's edges share them), then the edge's own
_EDGE_TEXT = RecordText(
    _edge_common(Article(id="", title="", text=""), Relation("", "", None, "")),
    ("key", "quote", "source", "target", "type"),
    2,
)
_NODE_TEXT: dict[tuple[str, ...], RecordText] = {}  # by the keys of a node's attributes


def _with_id(attrs: dict[str, Any], node: str) -> str:
    """The graph.json text of a node: ``_json_at({**attrs, "id": node}, 2)``."""
    keys = tuple(attrs)
    record = _NODE_TEXT.get(keys)
    if record is None:
        record = _NODE_TEXT[keys] = RecordText(keys, ("id",), 2)
    return record.fill(record.bind(attrs), node)


def _order_edges(raw: _Sorter) -> Spool:
    """Edges from (source rank, seq) order into networkx's: by source, then by target in the
    order each target was first reached from that source, then in the order they came;
    spooled in that order, so each read is one pass over the file (no merge). A source's
    edges are reordered in memory, or, past :data:`CHUNK` of them, by a sort on disk."""
    ordered = Spool()
    for _, group in groupby(raw.items(), key=_source_rank):
        first: dict[str, int] = {}
        held: list[tuple[tuple[int, int], tuple[str, str, str]]] = []
        big: _Sorter | None = None
        for (_, seq), edge in group:
            key = (first.setdefault(edge[1], seq), seq)
            if big is not None:
                big.add(key, edge)
                continue
            held.append((key, edge))
            if len(held) >= CHUNK:
                big = _Sorter()
                for k, e in held:
                    big.add(k, e)
                held = []
        if big is None:
            held.sort(key=itemgetter(0))
            for _, e in held:
                ordered.add(e)
        else:
            for _, e in big.items():
                ordered.add(e)
            big.close()
    raw.close()
    return ordered


def _source_rank(kv: tuple[tuple[int, int], Any]) -> int:
    return kv[0][0]
