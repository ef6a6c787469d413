"""Load the corpus graph (:func:`graphbuild.graph.build_graph`) into Neo4j.

Three layers, so that most of it is testable without a database:

* :func:`graph_rows` — a pure function from the networkx graph to row lists,
  one list per load statement (``cypher/load/<file>.cypher``). Labels and
  relationship types only ever select a file from the allow-lists of
  :mod:`graphbuild.schema` (:func:`entity_files` / :func:`relation_files`: the
  registry's node and relation types, each with its load file, and the endpoint
  labels each relation type allows); every value is a parameter.
* :func:`load_graph` — ``UNWIND $rows`` batches in managed write transactions
  (``session.execute_write`` retries transient errors), ``MERGE`` on the
  uniquely-constrained ``id`` s, a rich progress bar on stderr and a
  :class:`LoadSummary` from the result counters. Loading the same graph twice
  changes nothing; loading new articles merges shared entities by a rule on the values
  (:mod:`graphbuild.merge`, README "Graph model"), so the order of loads never matters.
* :func:`translate_error` — every neo4j driver exception becomes a
  :class:`graphbuild.errors.Neo4jError` subclass at this boundary, and no message
  ever contains the password.

Connection settings come from :class:`Neo4jSettings`, given by the caller: the
library reads no environment. :meth:`Neo4jSettings.from_env` builds them from an
environment mapping the caller passes (the CLI passes ``os.environ``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import zlib
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby, islice
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..graphstream import EdgeValues, Spool, StreamedGraph, edge_values
from ..graphstream import _Sorter as Sorter

from ..errors import (
    CypherError,
    GraphbuildError,
    InputError,
    Neo4jAuthError,
    Neo4jDatabaseError,
    Neo4jError,
    Neo4jUnavailable,
)

from ..schema import (
    ARTICLE,
    MENTIONED_IN,
    MENTIONS,
    STATEMENT,
    entity_types,
    link_types,
    load_files,
    load_shape,
    node_type,
    relation_type,
    relation_types,
)
from ..text import normalize_key as _normalize_key

if TYPE_CHECKING:  # the driver is imported only when a database is used
    from neo4j import Driver, ManagedTransaction, SummaryCounters

__all__ = [
    "Neo4jSettings",
    "LoadSummary",
    "ENTITY_FILES",
    "RELATION_FILES",
    "LOAD_ORDER",
    "entity_files",
    "relation_files",
    "load_order",
    "cypher_dir",
    "read_statements",
    "graph_rows",
    "search_terms",
    "batched",
    "translate_error",
    "connect",
    "apply_schema",
    "await_indexes",
    "load_graph",
    "load_rows",
    "plan_batches",
    "row_keys",
    "identity_keys",
    "merge_rounds",
    "WorkItem",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_WRITERS",
]

DEFAULT_URI = "bolt://127.0.0.1:7687"


# The allow-lists, read from graphbuild.schema: graph type -> load file.
# Nothing else is ever written.
def entity_files() -> dict[str, str]:
    """Entity label → the stem of its load file (``entities_official``…)."""
    return {t: node_type(t).load_name or "" for t in entity_types()}


def relation_files() -> dict[str, str]:
    """Link relation type (between entities: MET_WITH, MEMBER_OF) → the stem of its load file."""
    return {t.name: t.load_name for t in link_types()}


def load_order() -> tuple[str, ...]:
    """Every load file stem,
    nodes before the relationships that MATCH them (:func:`graphbuild.schema.load_files`)."""
    return tuple(load_files(cypher_dir()))


# --------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class Neo4jSettings:
    """Where and how to connect. ``password`` never shows in ``repr``."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    database: str = "neo4j"
    password: str = field(default="", repr=False)

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        uri: str | None = None,
        user: str | None = None,
        database: str | None = None,
        password: str | None = None,
    ) -> "Neo4jSettings":
        """Arguments first, then ``NEO4J_URI``, ``NEO4J_USER``, ``NEO4J_DATABASE`` and
        ``NEO4J_PASSWORD`` of ``env``.

        ``env`` is the caller's to give (``os.environ`` at a command line): the library reads none.
        """
        return cls(
            uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
            user=user or env.get("NEO4J_USER") or "neo4j",
            database=database or env.get("NEO4J_DATABASE") or "neo4j",
            password=password if password is not None else env.get("NEO4J_PASSWORD", ""),
        )

    def scrub(self, text: str) -> str:
        """``text`` with the password replaced by ``***``."""
        return text.replace(self.password, "***") if self.password else text


# --------------------------------------------------------------------------- cypher files
def cypher_dir() -> Path:
    """The ``cypher/`` folder shipped with the package."""
    # next to this package's parent module, not through the package name: a folder named
    # "graphbuild" in the working directory would shadow it as a namespace package
    return Path(__file__).resolve().parent.parent / "cypher"


_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def read_statements(path: str | Path) -> list[str]:
    """The statements of a ``.cypher`` file: ``//`` comment lines dropped,
    split at ``;`` ending a line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise CypherError(f"cannot read {p}: {exc.strerror or exc}") from exc
    text = _COMMENT.sub("", text)
    parts = re.split(r";[ \t]*(?:\n|$)", text)
    return [s.strip() for s in parts if s.strip()]


def _load_statement(name: str) -> str:
    path = load_files(cypher_dir()).get(name) or cypher_dir() / "load" / f"{name}.cypher"
    stmts = read_statements(path)
    if len(stmts) != 1:
        raise CypherError(f"{path}: expected exactly one statement, found {len(stmts)}")
    return stmts[0]


# The built-in allow-lists and load order (a type registered later is in the functions above).
ENTITY_FILES: dict[str, str] = entity_files()
RELATION_FILES: dict[str, str] = relation_files()
LOAD_ORDER: tuple[str, ...] = load_order()


# --------------------------------------------------------------------------- rows (pure)
def search_terms(name: str, aliases: Sequence[str]) -> list[str]:
    """Normalised spellings of a name and its aliases, for the ``entity_names`` index."""
    terms = {_normalize_key(x) for x in [name, *aliases] if x}
    return sorted(t for t in terms if t)


def _entity_row(node_id: str, d: dict[str, Any]) -> dict[str, Any]:
    name = d.get("name") or node_id
    aliases = sorted({a for a in (d.get("aliases") or []) if a and a != name})
    return {
        "id": node_id,
        "name": name,
        "aliases": aliases,
        "merges": sorted(set(d.get("merges") or [])),
        "search_terms": search_terms(name, aliases),
        "country": d.get("country") or None,
        "title": d.get("title") or None,
        "kind": d.get("kind") or None,
        "name_en": d.get("name_en") or None,
        "confidence": float(d.get("confidence", 1.0) if d.get("confidence") is not None else 1.0),
    }


def _edge_sort_key(item: tuple[str, dict[str, Any]]) -> tuple:
    key, d = item
    return (d.get("start") or 0, d.get("end") or 0, d.get("evidence") or "", str(key))


def _provenance(
    article_id: str, first: dict[str, Any], items: list[tuple[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Where a relationship comes from: its article, earliest evidence and best confidence."""
    return {
        "article_id": article_id,
        "evidence": first.get("evidence"),
        "start": first.get("start"),
        "end": first.get("end"),
        "published": first.get("published"),
        "confidence": max(float(d.get("confidence") or 0.0) for _, d in items),
        "rule": first.get("rule") or None,
    }


def graph_rows(g: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Turn the corpus graph into rows for every load file, in :func:`load_order`.

    Deterministic: rows are sorted, lists inside rows are sorted, and parallel
    edges of one (type, source, target, article) become one row whose evidence
    is the earliest sentence (``count`` says how many there were). Nodes without
    a ``type`` (ids no extraction defined) and the edges touching them are left
    out and counted in ``rows["_skipped"]``. Node or edge types the schema does
    not know, and edges between labels their type does not allow, raise
    :class:`InputError` — they are not in the allow-list.
    """
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in load_order()}
    links, said = relation_files(), _quoted_files()
    articles = dict(g.graph.get("articles") or {})
    _article_rows(rows, articles)
    known, skipped = _node_rows(g, rows, articles)
    groups, left_out = _edge_groups(g, known, [*links, *said, MENTIONS])
    skipped += left_out
    _edge_rows(g, rows, groups)
    skipped += _drop_orphans(rows, articles)
    rows["_skipped"] = [{"count": skipped}] if skipped else []
    return rows


def _article_rows(rows: dict[str, list[dict[str, Any]]], articles: dict[str, Any]) -> None:
    """Append one article row per article id, in id order."""
    for aid in sorted(articles):
        meta = articles[aid] or {}
        rows[node_type(ARTICLE).load_name or ""].append(
            {k: meta.get(k) for k in ("title", "url", "published", "lang", "source")} | {"id": aid}
        )


def _node_rows(
    g: nx.MultiDiGraph, rows: dict[str, list[dict[str, Any]]], articles: dict[str, Any]
) -> tuple[dict[str, str], int]:
    """Append entity and mentioned-in rows; return the typed node ids and the untyped count."""
    ents, mentioned = entity_files(), relation_type(MENTIONED_IN).load_name
    known: dict[str, str] = {}  # node id → its type
    skipped = 0
    for node_id, d in sorted(g.nodes(data=True), key=lambda nd: str(nd[0])):
        t = d.get("type")
        if t is None:
            skipped += 1
            continue
        if t == STATEMENT:
            known[node_id] = t
            continue
        if t not in ents:
            raise InputError(
                f"node {node_id!r} has type {t!r}, not one of {', '.join(ents)}, {STATEMENT}"
            )
        known[node_id] = t
        rows[ents[t]].append(_entity_row(node_id, d))
        node_articles = set(d.get("articles") or [])
        node_articles |= {ed.get("article_id") for _, _, ed in g.in_edges(node_id, data=True)}
        node_articles |= {ed.get("article_id") for _, _, ed in g.out_edges(node_id, data=True)}
        for aid in sorted(a for a in node_articles if a and a in articles):
            rows[mentioned].append({"entity": node_id, "article_id": aid})
    return known, skipped


def _edge_rows(
    g: nx.MultiDiGraph,
    rows: dict[str, list[dict[str, Any]]],
    groups: dict[tuple[str, str, str, str], list[tuple[str, dict[str, Any]]]],
) -> None:
    """Append one row per edge group: relation, statement (by id) or mentions rows."""
    links, said = relation_files(), _quoted_files()
    mentions = relation_type(MENTIONS).load_name
    statements: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in said.values()}
    for (t, u, v, aid), items in sorted(groups.items()):
        items.sort(key=_edge_sort_key)
        first = items[0][1]
        if t in links:
            rows[links[t]].append(
                {
                    "source": u,
                    "target": v,
                    **_provenance(aid, first, items),
                    "count": len(items),
                }
            )
        elif t in said:
            sd = g.nodes[v]
            statements[said[t]][v] = {
                "id": v,
                "speaker": u,
                "text": sd.get("text")
                if sd.get("text") is not None
                else (first.get("quote") or ""),
                "lang": sd.get("lang"),
                **_provenance(aid, first, items),
            }
        else:  # MENTIONS
            rows[mentions].append({"statement": u, "entity": v, "article_id": aid})
    for name, by_id in statements.items():
        rows[name] = [by_id[k] for k in sorted(by_id)]


def _drop_orphans(rows: dict[str, list[dict[str, Any]]], articles: dict[str, Any]) -> int:
    """Drop statement, mentioned-in and mentions rows that point nowhere; return how many."""
    said, mentions = _quoted_files(), relation_type(MENTIONS).load_name
    mentioned = relation_type(MENTIONED_IN).load_name
    skipped = 0
    # A statement whose article is unknown could not be reported in it: keep the graph honest.
    for name in (*said.values(), mentioned):
        kept = [r for r in rows[name] if r["article_id"] in articles]
        skipped += len(rows[name]) - len(kept)
        rows[name] = kept
    said_ids = {r["id"] for name in said.values() for r in rows[name]}
    kept = [r for r in rows[mentions] if r["statement"] in said_ids]
    skipped += len(rows[mentions]) - len(kept)
    rows[mentions] = kept
    return skipped


def _edge_groups(
    g: nx.MultiDiGraph, known: dict[str, str], allowed: list[str]
) -> tuple[dict[tuple[str, str, str, str], list[tuple[str, dict[str, Any]]]], int]:
    """The edges by (type, source, target, article), checked against the schema, and how many
    were left out because an end has no type."""
    groups: dict[tuple[str, str, str, str], list[tuple[str, dict[str, Any]]]] = {}
    skipped = 0
    for u, v, key, d in g.edges(keys=True, data=True):
        t = d.get("type")
        if t not in allowed:
            raise InputError(
                f"edge {key!r} ({u} -> {v}) has type {t!r}, not one of {', '.join(allowed)}"
            )
        if u not in known or v not in known:
            skipped += 1
            continue
        _check_ends(t, key, (u, known[u]), (v, known[v]))
        groups.setdefault((t, u, v, d.get("article_id") or ""), []).append((key, d))
    return groups, skipped


def _check_ends(t: str, key: str, u: tuple[str, str], v: tuple[str, str]) -> None:
    """An edge of type ``t`` from ``u`` to ``v`` (each ``(id, type)``) that its type allows,
    or an :class:`InputError`."""
    rt = relation_type(t)
    if not rt.allows(u[1], v[1]):
        raise InputError(
            f"{t} edge {key!r} goes from {u[1]} {u[0]!r} to {v[1]} {v[0]!r}; {t} goes from "
            f"{' or '.join(rt.sources)} to {' or '.join(rt.targets)}"
        )


def _check_type(t: Any, key: str, u: str, v: str, allowed: Sequence[str]) -> None:
    if t not in allowed:
        raise InputError(
            f"edge {key!r} ({u} -> {v}) has type {t!r}, not one of {', '.join(allowed)}"
        )


# --------------------------------------------------------------------------- rows (streamed)
#: rows of one load file planned and written at a time (a streamed graph's rows are read
#: back from disk a chunk at a time)
CHUNK_ROWS = 50_000
#: entity types a streamed graph's edge check keeps in memory (the rest are read from its
#: index on disk); edges come by source, their targets anywhere
TYPE_CACHE = 200_000


def streamed_rows(sg: StreamedGraph) -> dict[str, Spool]:
    """:func:`graph_rows` of a streamed run's graph (a
    :class:`~graphbuild.graphstream.StreamedGraph`): the same rows in the same order, each
    load file's spooled to disk, so the graph is never in memory. Edges are grouped by an
    external sort; a streamed graph has no untyped node (its stream would not be exact), so
    nothing is skipped."""
    rows = {name: Spool() for name in load_order()}
    articles = rows[node_type(ARTICLE).load_name or ""]
    for aid, meta in sg.articles():
        articles.add(
            {k: meta.get(k) for k in ("title", "url", "published", "lang", "source")} | {"id": aid}
        )
    _streamed_entities(sg, rows)
    _streamed_edges(sg, rows)
    return rows


def _streamed_entities(sg: StreamedGraph, rows: dict[str, Spool]) -> None:
    """Entity and mentioned-in rows, in id order (:func:`_node_rows`)."""
    ents, mentioned = entity_files(), relation_type(MENTIONED_IN).load_name
    elsewhere = groupby(sg.edge_articles_elsewhere(), key=itemgetter(0))
    other = next(elsewhere, None)
    for node_id, d in sg.entities_by_id():
        t = d.get("type")
        if t not in ents:
            raise InputError(
                f"node {node_id!r} has type {t!r}, not one of {', '.join(ents)}, {STATEMENT}"
            )
        rows[ents[t]].add(_entity_row(node_id, d))
        aids = set(d.get("articles") or [])
        while other is not None and other[0] <= node_id:
            if other[0] == node_id:
                aids.update(aid for _, aid in other[1])
            other = next(elsewhere, None)
        for aid in sorted(a for a in aids if a):
            rows[mentioned].add({"entity": node_id, "article_id": aid})


#: what the rows read of an edge group: the :func:`~graphbuild.graphstream.edge_values` of
#: its earliest edge, how many edges it has, and their best confidence
_GroupSummary = tuple[EdgeValues, int, float]


def _summed(
    groups: Iterable[tuple[tuple[Any, ...], list[EdgeValues]]],
) -> Iterator[tuple[tuple[Any, ...], _GroupSummary]]:
    """Each group's :data:`_GroupSummary` (its items sorted, the earliest first)."""
    for k, items in groups:
        yield k, (items[0], len(items), max(float(x[4] or 0.0) for x in items))


def _provenance_of(aid: str, group: _GroupSummary) -> dict[str, Any]:
    """:func:`_provenance` of a group's summary."""
    evidence, start, end, published, _, rule, _ = group[0]
    return {
        "article_id": aid,
        "evidence": evidence,
        "start": start,
        "end": end,
        "published": published,
        "confidence": group[2],
        "rule": rule or None,
    }


def _streamed_edges(sg: StreamedGraph, rows: dict[str, Spool]) -> None:
    """Relation, mentions and statement rows, one per edge group (:func:`_edge_rows`): from
    the edges' values the stream sorted as they came when it did and every kind of edge it
    met passes the schema's check, else read back from the edges' texts (where the check
    fails on the first edge that does not pass, in edge order)."""
    links, said = relation_files(), _quoted_files()
    allowed = [*links, *said, MENTIONS]
    gathered = sg.edge_rows()
    if gathered is not None and rows_gathered(sg):
        # the stream summed each group up already: one record a group, in group order
        _edge_group_rows(rows, links, gathered.groups.items())
        nodes = gathered.statements
        _streamed_statements(rows, gathered.quoted.items(), nodes.items())
        return
    types: dict[str, str] = {}  # a bounded cache of the ends' types

    def type_of(n: str) -> str:
        if n not in types:
            if len(types) >= TYPE_CACHE:
                types.clear()
            types[n] = sg.node_type(n) or STATEMENT
        return types[n]

    groups, quoted = Sorter(), Sorter()
    for u, v, text in sg.edges():
        d = json.loads(text)
        t, key, aid = d.get("type"), d.get("key"), d.get("article_id") or ""
        _check_type(t, key, u, v, allowed)
        _check_ends(t, key, (u, type_of(u)), (v, type_of(v)))
        values = edge_values(d, d.get("quote"))
        # _edge_sort_key: the earliest evidence of a group first
        order = (values[1] or 0, values[2] or 0, values[0] or "", str(key))
        if t in said:
            quoted.add((v, t, u, aid, *order), values)
        else:
            groups.add((t, u, v, aid, *order), values)
    _edge_group_rows(rows, links, _summed(_edge_groups_of(groups)))
    nodes = Sorter()
    for sid, attrs in sg.statement_nodes():
        nodes.add(sid, (attrs.get("text"), attrs.get("lang")))
    try:
        _streamed_statements(rows, _summed(_edge_groups_of(quoted)), nodes.items())
    finally:
        nodes.close()


def rows_gathered(sg: StreamedGraph) -> bool:
    """Whether :func:`streamed_rows` reads ``sg``'s edges from the values its stream gathered
    as they came (it was made ``by_id`` and every kind of edge it met passes the schema's
    check), not from the edges' texts: then it reads the stream's sorted files alone, never
    its entity index."""
    gathered = sg.edge_rows()
    if gathered is None:
        return False
    allowed = [*relation_files(), *_quoted_files(), MENTIONS]
    return all(t in allowed and relation_type(t).allows(tu, tv) for t, tu, tv in gathered.kinds)


def _edge_group_rows(
    rows: dict[str, Spool],
    links: Mapping[str, str],
    groups: Iterable[tuple[tuple[Any, ...], _GroupSummary]],
) -> None:
    """The relation and mentions rows of the sorted edge groups, one row per group."""
    mentions = relation_type(MENTIONS).load_name
    for (t, u, v, aid), group in groups:
        if t in links:
            row = {"source": u, "target": v, **_provenance_of(aid, group)}
            row["count"] = group[1]
            rows[links[t]].add(row)
        else:
            rows[mentions].add({"statement": u, "entity": v, "article_id": aid})


def _group_key(kv: tuple[tuple[Any, ...], Any]) -> tuple[Any, ...]:
    return kv[0][:4]


def _edge_groups_of(edges: Sorter) -> Iterator[tuple[tuple[Any, ...], list[EdgeValues]]]:
    """The sorted edges of ``edges`` in groups of equal first four key fields (type or
    statement, the ends, the article); the sorter is closed."""
    try:
        for k, group in groupby(edges.items(), key=_group_key):
            yield k, [item for _, item in group]
    finally:
        edges.close()


def _streamed_statements(
    rows: dict[str, Spool],
    quoted: Iterator[tuple[tuple[Any, ...], _GroupSummary]],
    nodes: Iterator[tuple[str, tuple[Any, Any]]],
) -> None:
    """The statement rows of the quoted edges' groups (sorted by statement), in statement
    id order; ``nodes``: each Statement node's ``(id, (text, lang))``, by id."""
    said = _quoted_files()
    statements = iter(nodes)
    node: Any = next(statements, None)
    last: tuple[str, dict[str, Any]] | None = None
    for (v, t, u, aid), group in quoted:
        while node is not None and node[0] < v:
            node = next(statements, None)
        text, lang = node[1] if node is not None and node[0] == v else (None, None)
        text = text if text is not None else group[0][6] or ""
        row = {"id": v, "speaker": u, "text": text, "lang": lang, **_provenance_of(aid, group)}
        if last is not None and (last[0], last[1]["id"]) != (said[t], v):
            rows[last[0]].add(last[1])
        last = (said[t], row)  # of one statement in one file, the last group in sorted order
    if last is not None:
        rows[last[0]].add(last[1])


def _quoted_files() -> dict[str, str]:
    """Quoted relation type (SAID) → its load file, which also writes its Statement node."""
    return {t.name: t.load_name for t in relation_types() if t.quoted}


def batched(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Consecutive slices of ``rows`` of at most ``size`` rows."""
    if size < 1:
        raise InputError(f"batch size must be at least 1, not {size}")
    for i in range(0, len(rows), size):
        yield list(rows[i : i + size])


# --------------------------------------------------------------------------- errors
def translate_error(
    exc: BaseException, settings: Neo4jSettings | None = None, where: str = ""
) -> GraphbuildError:
    """Map a neo4j driver exception to the graphbuild error tree (password scrubbed)."""
    from neo4j import exceptions as ne

    settings = settings or Neo4jSettings()
    uri = settings.uri
    prefix = f"{where}: " if where else ""
    raw = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    detail = " ".join(settings.scrub(str(raw)).split())[:300] or type(exc).__name__
    code = getattr(exc, "code", None) or ""
    if isinstance(exc, GraphbuildError):
        return exc
    if isinstance(exc, ne.AuthError) or code.startswith("Neo.ClientError.Security.Unauthorized"):
        return Neo4jAuthError(
            f"{prefix}authentication failed for user {settings.user!r} at {uri} "
            "(check NEO4J_USER / NEO4J_PASSWORD)"
        )
    if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired)):
        return Neo4jUnavailable(
            f"{prefix}cannot reach Neo4j at {uri}: {detail} "
            "(is it running? `graphbuild neo4j start`)"
        )
    if code in (
        "Neo.ClientError.Database.DatabaseNotFound",
        "Neo.ClientError.Database.DatabaseUnavailable",
    ) or (isinstance(exc, ne.DatabaseUnavailable)):
        return Neo4jDatabaseError(
            f"{prefix}database {settings.database!r} at {uri}"
            f" does not exist or is not available: {detail}"
        )
    if isinstance(exc, ne.CypherSyntaxError):
        return CypherError(f"{prefix}Cypher syntax error: {detail}")
    if isinstance(exc, ne.ClientError):
        return CypherError(
            f"{prefix}Cypher statement failed ({code or type(exc).__name__}): {detail}"
        )
    if isinstance(exc, ne.TransientError):
        return Neo4jError(
            f"{prefix}transient Neo4j error that did not go away after retries: {detail}"
        )
    if isinstance(exc, (ne.ConfigurationError, ValueError)):
        return Neo4jError(f"{prefix}invalid Neo4j connection settings for {uri}: {detail}")
    if isinstance(exc, (ne.Neo4jError, ne.DriverError)):
        return Neo4jError(f"{prefix}Neo4j error ({code or type(exc).__name__}): {detail}")
    if isinstance(exc, OSError):
        return Neo4jUnavailable(f"{prefix}cannot reach Neo4j at {uri}: {detail}")
    return Neo4jError(f"{prefix}{type(exc).__name__}: {detail}")


@contextlib.contextmanager
def translated(settings: Neo4jSettings, where: str = "") -> Iterator[None]:
    """Context manager: re-raise driver exceptions as graphbuild errors."""
    from neo4j import exceptions as ne

    try:
        yield
    except GraphbuildError:
        raise
    except (ne.Neo4jError, ne.DriverError, ValueError, OSError) as exc:
        raise translate_error(exc, settings, where) from exc


@contextlib.contextmanager
def connect(settings: Neo4jSettings | None = None, *, timeout: float = 10.0) -> Iterator[Driver]:
    """An open, verified ``neo4j.Driver`` for ``settings`` (closed on exit)."""
    from neo4j import GraphDatabase

    settings = settings or Neo4jSettings()
    with translated(settings, "connect"):
        driver = GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password),
            connection_timeout=timeout,
            max_transaction_retry_time=15.0,
            # The server's advice (e.g. "property `url` does not exist" on articles
            # without a URL) would reach users as log lines; graphbuild reports
            # what happened itself.
            notifications_min_severity="OFF",
        )
    try:
        with translated(settings, "connect"):
            driver.verify_connectivity()
        yield driver
    finally:
        driver.close()


# --------------------------------------------------------------------------- writing
@dataclass
class LoadSummary:
    """What a load did, from the server's result counters.

    ``nodes_created``, ``relationships_created`` and ``properties_set`` (and
    ``labels_added``) are the server's own counts of what was written; the
    load statements write a property only when its value changes, so loading
    the same graph again gives 0 for all of them and :attr:`changed` is False.
    """

    rows: dict[str, int] = field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0
    nodes_merged: int = 0  # node MERGEs executed (created + matched)
    relationships_merged: int = 0
    skipped: int = 0
    batches: int = 0
    retried: int = 0  # transactions the driver ran again after a transient error (deadlock)

    @property
    def nodes_matched(self) -> int:
        return self.nodes_merged - self.nodes_created

    @property
    def relationships_matched(self) -> int:
        return self.relationships_merged - self.relationships_created

    @property
    def changed(self) -> bool:
        """Whether the load wrote anything (a node, relationship, property or label)."""
        return bool(
            self.nodes_created
            or self.relationships_created
            or self.properties_set
            or self.labels_added
        )

    def add(self, name: str, rows: int, counters: SummaryCounters) -> None:
        """Count one batch of ``rows`` rows of the load file ``name``."""
        n_nodes, n_rels = load_shape(name)
        self.batches += 1
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.labels_added += counters.labels_added
        self.nodes_merged += n_nodes * rows
        self.relationships_merged += n_rels * rows

    def line(self) -> str:
        if self.changed:
            s = (
                f"nodes: {self.nodes_created} created, {self.nodes_matched} matched; "
                f"relationships: {self.relationships_created} created,"
                f" {self.relationships_matched} matched; "
                f"{self.properties_set} properties set in {self.batches} batches"
            )
        else:
            s = (
                f"nothing changed: all {self.nodes_merged} nodes"
                f" and {self.relationships_merged} relationships "
                "were already there with the same properties"
            )
        s += f"; {self.skipped} skipped (dangling ids)" if self.skipped else ""
        return s + (f"; {self.retried} batches retried (deadlock)" if self.retried else "")


def _write_batch(tx: ManagedTransaction, query: str, rows: list[dict[str, Any]]) -> SummaryCounters:
    result = tx.run(query, rows=rows)
    return result.consume().counters


def _run_statements(
    driver: Driver, settings: Neo4jSettings, statements: list[str], where: str
) -> None:
    with translated(settings, where), driver.session(database=settings.database) as session:
        for stmt in statements:
            session.run(stmt).consume()


def apply_schema(
    settings: Neo4jSettings | None = None,
    *,
    driver: Driver | None = None,
    path: str | Path | None = None,
) -> int:
    """Apply ``cypher/schema.cypher`` (idempotent); return the number of statements run."""
    settings = settings or Neo4jSettings()
    path = Path(path) if path else cypher_dir() / "schema.cypher"
    statements = read_statements(path)
    if driver is None:
        with connect(settings) as drv:
            _run_statements(drv, settings, statements, str(path))
    else:
        _run_statements(driver, settings, statements, str(path))
    return len(statements)


def await_indexes(
    settings: Neo4jSettings | None = None, *, driver: Driver | None = None, timeout: float = 600.0
) -> None:
    """Wait until every index is online (``db.awaitIndexes``): after a bulk import the
    schema's indexes are built in the background."""
    settings = settings or Neo4jSettings()
    with contextlib.ExitStack() as stack:
        drv = driver if driver is not None else stack.enter_context(connect(settings))
        with (
            translated(settings, "db.awaitIndexes"),
            drv.session(database=settings.database) as session,
        ):
            session.run("CALL db.awaitIndexes($seconds)", seconds=int(timeout)).consume()


#: Rows per ``UNWIND`` batch: the knee of bench/bench_load.py's sweep (README, Benchmarks).
DEFAULT_BATCH_SIZE = 2000
#: Concurrent write transactions (each on its own session); their batches never share a node.
DEFAULT_WRITERS = 2


def row_keys(name: str) -> tuple[str, ...]:
    """The keys of a ``name`` row that hold the ids of the existing nodes its statement locks
    (a node file: the node's own id; a relationship file: both ends). The Statement node a
    quoted file creates is unique to its row, so it is not one of them."""
    links, said = relation_files(), _quoted_files()
    if name in entity_files().values() or name == node_type(ARTICLE).load_name:
        return ("id",)
    if name in links.values():
        return ("source", "target")
    if name in said.values():
        return ("speaker", "article_id")
    if name == relation_type(MENTIONS).load_name:
        return ("statement", "entity")
    if name == relation_type(MENTIONED_IN).load_name:
        return ("entity", "article_id")
    raise InputError(f"no row keys known for the load file {name!r}")


def identity_keys(name: str) -> tuple[str, ...]:
    """The keys of a ``name`` row that name what its statement merges into: two rows with
    the same values there write the same node or relationship."""
    if name in relation_files().values():
        return ("source", "target", "article_id")
    if name in _quoted_files().values():
        return ("id",)  # the Statement, and its one SAID and REPORTED_IN
    return row_keys(name)


def merge_rounds(name: str, rows: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``rows`` in rounds that never hold two rows of one identity (:func:`identity_keys`):
    the k-th row of each identity goes to round k, in row order.

    A load statement reads every row's node before it writes any (the planner puts an
    ``Eager`` between), so two rows of one node in one batch would each merge with the node
    as it was, and the last would win; in rounds run one after the other, each merges with
    what the previous wrote. :func:`graph_rows` gives one row per identity: one round."""
    keys = identity_keys(name)
    seen: dict[tuple[Any, ...], int] = {}
    rounds: list[list[dict[str, Any]]] = []
    for r in rows:
        ident = tuple(r.get(k) for k in keys)
        k = seen[ident] = seen.get(ident, -1) + 1
        if k == len(rounds):
            rounds.append([])
        rounds[k].append(r)
    return rounds


def _bucket(value: Any, buckets: int) -> int:
    return zlib.crc32(str(value).encode("utf-8")) % buckets


@dataclass(frozen=True)
class WorkItem:
    """One batch of one load file, and the buckets of the node ids its rows lock."""

    name: str
    buckets: frozenset[int]
    rows: list[dict[str, Any]]


def plan_batches(
    name: str, rows: Sequence[dict[str, Any]], batch_size: int, writers: int
) -> list[WorkItem]:
    """Cut ``rows`` of the load file ``name`` into batches that concurrent writers can run
    without waiting on each other's locks.

    With one writer: consecutive slices, in row order. With more: every node id hashes to
    one of ``2 * writers`` buckets, rows are grouped by the buckets of the ids they lock
    (:func:`row_keys`), and each group is sliced; two batches whose bucket sets are disjoint
    touch disjoint nodes, so running them at once can neither deadlock nor wait. Biggest
    groups first, each group's rows in their order."""
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, not {batch_size}")
    if writers <= 1:
        return [WorkItem(name, frozenset(), b) for b in batched(rows, batch_size)]
    keys, n = row_keys(name), 2 * writers
    groups: dict[frozenset[int], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(frozenset(_bucket(r[k], n) for k in keys), []).append(r)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), sorted(kv[0])))
    return [WorkItem(name, b, batch) for b, g in ordered for batch in batched(g, batch_size)]


class _Scheduler:
    """Hands work items to writer threads, never two at once whose buckets meet."""

    def __init__(self, items: list[WorkItem]) -> None:
        self.pending = list(items)
        self.busy: set[int] = set()
        self.failed = False
        self.cond = threading.Condition()

    def take(self) -> WorkItem | None:
        with self.cond:
            while self.pending and not self.failed:
                for i, item in enumerate(self.pending):
                    if not item.buckets & self.busy:
                        self.busy |= item.buckets
                        return self.pending.pop(i)
                self.cond.wait()
            return None

    def stop(self) -> None:
        with self.cond:
            self.failed = True
            self.cond.notify_all()

    def release(self, item: WorkItem, failed: bool = False) -> None:
        with self.cond:
            self.busy -= item.buckets
            self.failed = self.failed or failed
            self.cond.notify_all()


def load_graph(
    g: nx.MultiDiGraph | StreamedGraph,
    settings: Neo4jSettings | None = None,
    *,
    driver: Driver | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    writers: int = DEFAULT_WRITERS,
    quiet: bool = False,
    schema: bool = True,
) -> LoadSummary:
    """Merge ``g`` into Neo4j (schema first unless ``schema=False``);
    return a :class:`LoadSummary`. :func:`load_rows` of :func:`graph_rows` (of
    :func:`streamed_rows` for a streamed run's graph, read from disk as they are loaded)."""
    streamed = isinstance(g, StreamedGraph)
    rows: Mapping[str, Any] = streamed_rows(g) if isinstance(g, StreamedGraph) else graph_rows(g)
    try:
        return load_rows(
            rows,
            settings,
            driver=driver,
            batch_size=batch_size,
            writers=writers,
            quiet=quiet,
            schema=schema,
        )
    finally:
        for spool in rows.values() if streamed else ():
            spool.close()


def load_rows(
    rows: Mapping[str, Sequence[dict[str, Any]] | Spool],
    settings: Neo4jSettings | None = None,
    *,
    driver: Driver | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    writers: int = DEFAULT_WRITERS,
    quiet: bool = False,
    schema: bool = True,
) -> LoadSummary:
    """Merge the rows of :func:`graph_rows` (or :func:`streamed_rows`) into Neo4j; return a
    :class:`LoadSummary`.

    Load files run one after the other (nodes before the relationships that match
    them); within a file, :data:`CHUNK_ROWS` rows at a time, ``writers`` threads write
    batches whose nodes never meet (:func:`plan_batches`)."""
    settings = settings or Neo4jSettings()
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, not {batch_size}")
    if writers < 1:
        raise InputError(f"writers must be at least 1, not {writers}")
    statements = {name: _load_statement(name) for name in load_order()}  # fail early on a bad file
    rows = {name: _sized(rows.get(name)) for name in statements} | {
        "_skipped": list(rows.get("_skipped") or [])
    }
    opts = _LoadOptions(batch_size, writers, quiet, schema)
    if driver is None:
        with connect(settings) as drv:
            return _load(drv, settings, rows, statements, opts)
    return _load(driver, settings, rows, statements, opts)


class _RetryCounter(logging.Filter):
    """Counts, and keeps off stderr, the driver's "will be retried" warnings of a load: two
    writers never lock the same node, but may rarely meet on a relationship record of a
    chain both ends share, which the server reports as a deadlock and the driver retries."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if "will be retried" in str(record.msg):
            self.count += 1
            return False
        return True


@contextlib.contextmanager
def _counting_retries() -> Iterator[_RetryCounter]:
    log = logging.getLogger("neo4j.session")
    counter = _RetryCounter()
    log.addFilter(counter)
    try:
        yield counter
    finally:
        log.removeFilter(counter)


@dataclass(frozen=True)
class _LoadOptions:
    batch_size: int
    writers: int
    quiet: bool
    schema: bool


def _progress(quiet: bool) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]neo4j[/] {task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
        transient=False,
    )


def _sized(rows: Iterable[dict[str, Any]] | None) -> Sequence[dict[str, Any]] | Spool:
    """A load file's rows as given when they can be counted and read again, else a list."""
    return rows if isinstance(rows, (list, tuple, Spool)) else list(rows or [])


def _chunks(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(islice(it, CHUNK_ROWS)):
        yield chunk


def _load(
    driver: Driver,
    settings: Neo4jSettings,
    rows: Mapping[str, Sequence[dict[str, Any]] | Spool],
    statements: dict[str, str],
    opts: _LoadOptions,
) -> LoadSummary:
    if opts.schema:
        apply_schema(settings, driver=driver)
    summary = LoadSummary(skipped=sum(r["count"] for r in rows.get("_skipped", [])))
    total = sum(len(rows[name]) for name in statements)
    progress = _progress(opts.quiet)
    lock = threading.Lock()
    with progress, translated(settings, "load"), _counting_retries() as retries:
        task = progress.add_task("loading", total=total)

        def done(item: WorkItem, counters: SummaryCounters) -> None:
            with lock:
                summary.add(item.name, len(item.rows), counters)
                progress.advance(task, len(item.rows))

        for name in statements:  # in load order: a file's nodes exist before the next file
            summary.rows[name] = len(rows[name])
            progress.update(task, description=name)
            for chunk in _chunks(rows[name]):  # rounds of one chunk, then the next chunk's
                for part in merge_rounds(name, chunk):
                    items = plan_batches(name, part, opts.batch_size, opts.writers)
                    _write_items(driver, settings, statements[name], items, opts.writers, done)
        progress.update(task, description="done")
        summary.retried = retries.count
    return summary


def _write_items(
    driver: Driver,
    settings: Neo4jSettings,
    query: str,
    items: list[WorkItem],
    writers: int,
    done: Any,
) -> None:
    """Write the batches of one load file with up to ``writers`` threads."""
    scheduler = _Scheduler(items)

    def writer() -> None:
        with driver.session(database=settings.database) as session:
            while (item := scheduler.take()) is not None:
                ok = False
                try:
                    counters = session.execute_write(_write_batch, query, item.rows)
                    ok = True
                except Exception as exc:  # noqa: BLE001 - translated with the file name
                    if isinstance(exc, GraphbuildError):
                        raise
                    raise translate_error(exc, settings, f"cypher/load/{item.name}.cypher") from exc
                finally:
                    scheduler.release(item, failed=not ok)
                done(item, counters)

    n = max(1, min(writers, len(items)))
    if n == 1:
        writer()
        return
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="neo4j-writer") as pool:
        futures = [pool.submit(writer) for _ in range(n)]
        try:
            for f in futures:
                f.result()  # the first failure, re-raised here
        except BaseException:  # a writer failed, or Ctrl-C: the others take no new batch
            scheduler.stop()
            raise
