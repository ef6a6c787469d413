"""The named query library: ``cypher/queries/<name>.cypher``.

Each file starts with comment lines that document it::

    // description: Who met an official ...
    // param official: the official's id, name or alias
    // param limit: how many rows (default 10)

A ``(default X)`` in a parameter's meaning makes it optional. The folder can be
replaced with ``queries_dir=`` or the ``GRAPHBUILD_QUERIES_DIR`` env variable.

* :func:`list_queries` / :func:`get_query` — what is there (:class:`QueryNotFound`
  for an unknown name);
* :func:`parse_params` — ``["k=v", ...]`` from the command line (ints converted);
* :func:`run_query` — rows as plain Python values (:class:`QueryResult`);
* :func:`format_result` — a rich table, JSON or CSV;
* :func:`query_graph` — the nodes, relationships and paths a query returns as a
  networkx ``MultiDiGraph`` in the shape of :mod:`graphbuild.graph`, so a query
  result can be rendered as a page.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import CypherError, InputError, QueryNotFound
from .loader import Neo4jSettings, connect, cypher_dir, read_statements, translated

__all__ = [
    "NamedQuery",
    "QueryResult",
    "queries_dir",
    "list_queries",
    "get_query",
    "parse_params",
    "run_query",
    "format_result",
    "query_graph",
]

_DESCRIPTION = re.compile(r"^\s*//\s*description:\s*(.+?)\s*$")
_PARAM = re.compile(r"^\s*//\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*$")
_DEFAULT = re.compile(r"\(default:?\s*([^)]+)\)")
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class NamedQuery:
    """One query file: its name (file stem), description, parameters and statement."""

    name: str
    description: str
    params: dict[str, str]  # name -> meaning, in file order
    path: Path
    defaults: dict[str, Any] = field(default_factory=dict)

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.defaults]

    def statement(self) -> str:
        stmts = read_statements(self.path)
        if len(stmts) != 1:
            raise CypherError(f"{self.path}: a query file holds exactly one statement, found {len(stmts)}")
        return stmts[0]


@dataclass
class QueryResult:
    """Columns and rows (dicts of plain values) of one query run."""

    name: str
    columns: list[str]
    rows: list[dict[str, Any]]


def queries_dir(override: str | Path | None = None) -> Path:
    """``override``, else ``GRAPHBUILD_QUERIES_DIR``, else the packaged ``cypher/queries``."""
    if override:
        return Path(override)
    env = os.environ.get("GRAPHBUILD_QUERIES_DIR")
    return Path(env) if env else cypher_dir() / "queries"


def _convert(value: str) -> Any:
    v = value.strip()
    if re.fullmatch(r"[+-]?\d+", v):
        return int(v)
    return value


def _parse_file(path: Path) -> NamedQuery:
    description = ""
    params: dict[str, str] = {}
    defaults: dict[str, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip().startswith("//"):
            if line.strip():
                break
            continue
        if m := _DESCRIPTION.match(line):
            description = m.group(1)
        elif m := _PARAM.match(line):
            params[m.group(1)] = m.group(2)
            if d := _DEFAULT.search(m.group(2)):
                defaults[m.group(1)] = _convert(d.group(1))
    return NamedQuery(name=path.stem, description=description, params=params, path=path, defaults=defaults)


def list_queries(directory: str | Path | None = None) -> list[NamedQuery]:
    """Every ``*.cypher`` in the query folder, sorted by name."""
    d = queries_dir(directory)
    if not d.is_dir():
        raise QueryNotFound(f"no query folder at {d}")
    return [_parse_file(p) for p in sorted(d.glob("*.cypher"))]


def get_query(name: str, directory: str | Path | None = None) -> NamedQuery:
    """The query called ``name`` (:class:`QueryNotFound` if there is none)."""
    d = queries_dir(directory)
    path = d / f"{name}.cypher"
    if not _NAME.match(name or "") or not path.is_file():
        known = ", ".join(q.name for q in list_queries(directory)) if d.is_dir() else ""
        raise QueryNotFound(f"no query named {name!r}" + (f"; known: {known}" if known else f" in {d}"))
    return _parse_file(path)


def parse_params(items: list[str] | tuple[str, ...] | None) -> dict[str, Any]:
    """``["official=بوريس جونسون", "depth=2"]`` → ``{"official": "بوريس جونسون", "depth": 2}``."""
    out: dict[str, Any] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise InputError(f"bad query parameter {item!r}: expected name=value")
        out[key] = _convert(value)
    return out


def _bind(query: NamedQuery, params: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise InputError(f"query {query.name!r} has no parameter {', '.join(unknown)}; "
                         f"its parameters: {', '.join(query.params) or 'none'}")
    bound = {**query.defaults, **params}
    missing = [p for p in query.params if p not in bound]
    if missing:
        raise InputError(f"query {query.name!r} needs {', '.join(f'{p}=…' for p in missing)}")
    return bound


def _records(query: NamedQuery, params: dict[str, Any], settings: Neo4jSettings | None, driver) -> tuple[list[str], list]:
    settings = settings or Neo4jSettings.from_env()
    statement = query.statement()
    bound = _bind(query, params)

    def work(tx):
        result = tx.run(statement, bound)
        return list(result.keys()), list(result)

    def go(drv):
        with translated(settings, f"query {query.name} ({query.path.name})"):
            with drv.session(database=settings.database) as session:
                return session.execute_read(work)

    if driver is None:
        with connect(settings) as drv:
            return go(drv)
    return go(driver)


# --------------------------------------------------------------------------- plain values
def _labels(node) -> list[str]:
    return sorted(node.labels)


def _node_type(node) -> str:
    labels = [lb for lb in _labels(node) if lb != "Entity"]
    return labels[0] if labels else "?"


def _plain(value: Any) -> Any:
    """Driver values → JSON-able Python (nodes and relationships become dicts)."""
    from neo4j.graph import Node, Path as GPath, Relationship

    if isinstance(value, Node):
        return {"_type": _node_type(value), **dict(value)}
    if isinstance(value, Relationship):
        start = value.start_node.get("id") if value.start_node is not None else None
        end = value.end_node.get("id") if value.end_node is not None else None
        return {"_type": value.type, "_source": start, "_target": end, **dict(value)}
    if isinstance(value, GPath):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j temporal types
        return value.iso_format()
    return value


def run_query(
    name: str,
    params: dict[str, Any] | None = None,
    settings: Neo4jSettings | None = None,
    *,
    driver=None,
    queries_dir: str | Path | None = None,
) -> QueryResult:
    """Run the named query with ``params`` (defaults filled in); rows as plain values."""
    query = get_query(name, queries_dir)
    columns, records = _records(query, params or {}, settings, driver)
    rows = [{k: _plain(rec[k]) for k in columns} for rec in records]
    return QueryResult(name=name, columns=columns, rows=rows)


# --------------------------------------------------------------------------- formatting
def _short(value: Any) -> str:
    """One cell: names for nodes, TYPE for relationships, a → chain for paths."""
    if value is None:
        return ""
    if isinstance(value, dict):
        if "nodes" in value and "relationships" in value:
            parts = [_short(value["nodes"][0])] if value["nodes"] else []
            for rel, node in zip(value["relationships"], value["nodes"][1:]):
                parts += [f"-[{rel.get('_type')}]-", _short(node)]
            return " ".join(parts)
        if "_type" in value:
            return str(value.get("name") or value.get("text") or value.get("id") or value["_type"])
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, list):
        return ", ".join(_short(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (rich), ``json`` (a list of row objects) or ``csv``."""
    if fmt == "json":
        return json.dumps(result.rows, ensure_ascii=False, indent=1, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([_short(row[c]) for c in result.columns])
        return buf.getvalue()
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{result.name} ({len(result.rows)} rows)", show_lines=False)
        for c in result.columns:
            table.add_column(c, overflow="fold")
        for row in result.rows:
            table.add_row(*[_short(row[c]) for c in result.columns])
        buf = io.StringIO()
        Console(file=buf, width=160, force_terminal=False, color_system=None).print(table)
        return buf.getvalue()
    raise InputError(f"unknown format {fmt!r}: use table, json or csv")


# --------------------------------------------------------------------------- graph
_ENTITY_KEYS = ("name", "aliases", "country", "title", "kind", "name_en", "confidence", "merges")
_EDGE_KEYS = ("article_id", "evidence", "start", "end", "published", "confidence", "rule")


def query_graph(
    name: str,
    params: dict[str, Any] | None = None,
    settings: Neo4jSettings | None = None,
    *,
    driver=None,
    queries_dir: str | Path | None = None,
) -> nx.MultiDiGraph:
    """The nodes, relationships and paths the query returns, as a graph shaped like :func:`build_graph`'s.

    Article nodes go to ``g.graph["articles"]``; MENTIONED_IN and REPORTED_IN
    (edges to articles) become the ``articles`` / ``article_id`` attributes of
    the nodes. Relationships whose end nodes were not returned with their
    properties are left out. Scalar columns are ignored.
    """
    from neo4j.graph import Node, Path as GPath, Relationship

    query = get_query(name, queries_dir)
    _, records = _records(query, params or {}, settings, driver)
    nodes: dict[str, Node] = {}
    rels: dict[str, Relationship] = {}

    def walk(v: Any) -> None:
        if isinstance(v, Node):
            nodes.setdefault(v.element_id, v)
        elif isinstance(v, Relationship):
            rels.setdefault(v.element_id, v)
            for n in (v.start_node, v.end_node):
                if n is not None and n.get("id") is not None:
                    nodes.setdefault(n.element_id, n)
        elif isinstance(v, GPath):
            for n in v.nodes:
                walk(n)
            for r in v.relationships:
                walk(r)
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)

    for rec in records:
        for v in rec.values():
            walk(v)

    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    g.graph["query"] = {"name": name, "params": {**query.defaults, **(params or {})}}
    ids: dict[str, str] = {}
    for eid, n in sorted(nodes.items(), key=lambda kv: str(kv[1].get("id"))):
        nid = n.get("id")
        if nid is None:
            continue
        ids[eid] = nid
        t = _node_type(n)
        if t == "Article":
            g.graph["articles"][nid] = {k: n.get(k) for k in ("id", "title", "url", "published", "lang", "source")}
        elif t == "Statement":
            g.add_node(nid, type="Statement", name=(n.get("text") or "")[:80], text=n.get("text") or "",
                       lang=n.get("lang"), article_id=None, speaker=None, articles=[])
        else:
            attrs = {k: n.get(k) for k in _ENTITY_KEYS}
            attrs["aliases"] = list(attrs["aliases"] or [])
            attrs["merges"] = list(attrs["merges"] or [])
            g.add_node(nid, type=t, articles=[], **attrs)
    counter: dict[str, int] = {}
    for _, r in sorted(rels.items(), key=lambda kv: (kv[1].type, str(kv[1].get("article_id")), kv[0])):
        s = ids.get(r.start_node.element_id) if r.start_node is not None else None
        t = ids.get(r.end_node.element_id) if r.end_node is not None else None
        if s is None or t is None:
            continue
        if r.type in ("MENTIONED_IN", "REPORTED_IN"):
            if s in g and t in g.graph["articles"]:
                g.nodes[s]["articles"] = sorted(set(g.nodes[s]["articles"]) | {t})
                if r.type == "REPORTED_IN":
                    g.nodes[s]["article_id"] = t
            continue
        if s not in g or t not in g:
            continue
        aid = r.get("article_id")
        n = counter.get(f"{r.type}|{aid}", 0)
        counter[f"{r.type}|{aid}"] = n + 1
        attrs = {k: r.get(k) for k in _EDGE_KEYS}
        attrs["quote"] = g.nodes[t].get("text") if r.type == "SAID" else None
        if r.type == "SAID":
            g.nodes[t]["speaker"] = s
            g.nodes[t]["article_id"] = g.nodes[t]["article_id"] or aid
        g.add_edge(s, t, key=f"{r.type}|{aid}|{n}", type=r.type, **attrs)
        for end in (s, t):
            if aid and aid not in g.nodes[end]["articles"]:
                g.nodes[end]["articles"] = sorted(set(g.nodes[end]["articles"]) | {aid})
    return g
