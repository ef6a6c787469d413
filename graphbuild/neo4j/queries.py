"""The named query library: ``cypher/queries/<name>.cypher``.

Each file starts with comment lines that document it::

    // description: Ego network: every relationship within depth hops of an entity
    // param entity: the entity's id, name or alias
    // param depth: how many hops (default 2, 1-3)
    // param limit: at most this many relationships (default 500, 1-100000)

A parenthesised group of comma-separated *facets* in a parameter's meaning
declares it: ``default X`` makes the parameter optional, ``LO-HI`` (also
``LO..HI`` or ``LO–HI``) makes it a whole number in that range. Other
parenthesised text is prose. Values are checked before Neo4j sees them: a
value out of range, not a whole number, or an integer too big for Neo4j is a
:class:`QueryParameterError` (exit 2).

A parameter that names an entity is marked inside the statement by a line::

    // entity entity: e

right after the clauses that bind the entities it matches to the variable
``e``. The statement up to that line, followed by ``RETURN count(DISTINCT e)``, is run
first (in the same read transaction) — the check goes through exactly the
resolution the query uses, whether a ``MATCH … WHERE`` on ids, names and folded
spellings or a full-text index call — and no match raises
:class:`EntityNotFound` ("no entity matches 'X'", exit 8) instead of an empty
result. Numbers given for such a parameter are taken as text.

A *key* is a parameter the query gets from another, folded in Python by a
function of :mod:`graphbuild.text`, declared in the header::

    // key entity_key: normalize_key(entity)

:func:`run_query` binds ``$entity_key`` to ``normalize_key(entity)`` — the form
the loader wrote into each entity's ``search_terms`` — so a query finds every
spelling without a fold table of its own (``normalize_ar`` folds letters only,
for a full-text query that keeps Lucene syntax). A key is not a parameter: it is
never given on the command line. To run the file by hand in Neo4j Browser, set
it too (``:param entity_key => 'فتحي باشاغا'``, the value of
``python -c "from graphbuild.text import normalize_key; print(normalize_key('فتحي باشاغا'))"``).

The folder can be replaced with ``queries_dir=`` (the CLI fills it from
``--queries-dir`` or the ``GRAPHBUILD_QUERIES_DIR`` env variable; the library
reads no environment).

* :func:`list_queries` / :func:`get_query` — what is there (:class:`QueryNotFound`
  for an unknown name);
* :func:`parse_params` — ``["k=v", ...]`` from the command line (ints converted);
* :func:`run_query` — rows as plain Python values (:class:`QueryResult`);
* :func:`format_result` — a rich table, JSON or CSV;
* :func:`query_graph` — the nodes, relationships and paths a query returns as a
  networkx ``MultiDiGraph`` in the shape of :mod:`graphbuild.graph`, with the
  articles they come from in ``graph.graph["articles"]``, so a query result
  can be rendered as a page.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import CypherError, EntityNotFound, InputError, QueryNotFound, QueryParameterError
from ..text import normalize_ar, normalize_key
from .loader import Neo4jSettings, connect, cypher_dir, read_statements, translated

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction, Record
    from neo4j.graph import Node, Relationship

    #: ``finish(tx, bound, keys, records)`` of :func:`_execute`
    Finish = Callable[[ManagedTransaction, dict[str, Any], list[str], list[Record]], Any]

__all__ = [
    "NamedQuery",
    "QueryResult",
    "parse_facets",
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
_ENTITY = re.compile(
    r"^\s*//\s*entity\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_][A-Za-z0-9_]*)\s*$"
)
_KEY = re.compile(
    r"^\s*//\s*key\s+([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z_]+)\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$"
)
#: The folds a ``// key`` line may name (graphbuild.text).
KEY_FOLDS: dict[str, Callable[[str], str]] = {
    "normalize_key": normalize_key,
    "normalize_ar": normalize_ar,
}
_GROUP = re.compile(r"\(([^()]*)\)")
_FACET_DEFAULT = re.compile(r"^default(?:\s*:\s*|\s+)(.+)$", re.DOTALL)
_FACET_RANGE = re.compile(r"^([+-]?\d+)\s*(?:-|–|\.\.)\s*([+-]?\d+)$")
_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
_INT = re.compile(r"[+-]?\d+")

# What Neo4j can store as an integer (a signed 64-bit long).
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_NO_DEFAULT = object()


def parse_facets(meaning: str) -> tuple[Any, tuple[int, int] | None]:
    """``(default, (low, high))`` declared in a parameter's meaning.

    ``"how many hops (default 2, 1-3)"`` → ``(2, (1, 3))``. A group in
    parentheses counts only when every comma-separated item in it is a facet
    (``default X`` / ``default: X``, ``LO-HI`` / ``LO..HI`` / ``LO–HI``), so prose in
    parentheses is left alone; a group that starts with ``default`` but holds
    other text is a default of all that text. The default is the ``_NO_DEFAULT`` sentinel
    when none is declared. :class:`ValueError` for a group that declares a
    facet twice or a range whose low end is above its high end.
    """
    default: Any = _NO_DEFAULT
    bounds: tuple[int, int] | None = None
    for group in _GROUP.findall(meaning):
        items = [item.strip() for item in group.split(",")]
        found: list[tuple[str, Any]] = []
        for item in items:
            if m := _FACET_DEFAULT.match(item):
                found.append(("default", _convert(m.group(1))))
            elif m := _FACET_RANGE.match(item):
                low, high = int(m.group(1)), int(m.group(2))
                if low > high:
                    raise ValueError(f"range {item!r} is empty ({low} > {high})")
                found.append(("range", (low, high)))
            else:
                break
        else:
            for kind, value in found:
                if kind == "default":
                    if default is not _NO_DEFAULT:
                        raise ValueError("two defaults")
                    default = value
                else:
                    if bounds is not None:
                        raise ValueError("two ranges")
                    bounds = value
            continue
        if m := _FACET_DEFAULT.match(group.strip()):  # "(default a, b)": all of it is the default
            if default is not _NO_DEFAULT:
                raise ValueError("two defaults")
            default = _convert(m.group(1))
    return default, bounds


@dataclass(frozen=True)
class NamedQuery:
    """One query file: its name (file stem), description, parameters and statement.

    ``ranges`` holds the whole-number range of each parameter that declares one;
    ``entities`` maps each parameter that names an entity to the statement
    variable its ``// entity`` line binds; ``keys`` each key to its fold and the
    parameter it folds (``// key``).
    """

    name: str
    description: str
    params: dict[str, str]  # name -> meaning, in file order
    path: Path
    defaults: dict[str, Any] = field(default_factory=dict)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)
    entities: dict[str, str] = field(default_factory=dict)
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def required(self) -> list[str]:
        return [p for p in self.params if p not in self.defaults]

    def key_values(self, bound: dict[str, Any]) -> dict[str, Any]:
        """The keys for parameters ``bound``:
        each parameter folded by its ``// key`` line's function."""
        return {
            k: None if bound.get(p) is None else KEY_FOLDS[fold](str(bound[p]))
            for k, (fold, p) in self.keys.items()
        }

    def statement(self) -> str:
        stmts = read_statements(self.path)
        if len(stmts) != 1:
            raise CypherError(
                f"{self.path}: a query file holds exactly one statement, found {len(stmts)}"
            )
        return stmts[0]

    def entity_checks(self) -> list[tuple[str, str, str]]:
        """``(param, variable, statement)`` per ``// entity`` line, in file order.

        The statement is the query's own text up to that line followed by
        ``RETURN count(DISTINCT variable) AS found``.
        """
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines(keepends=True)
        except OSError as exc:
            raise CypherError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        checks = []
        for i, line in enumerate(lines):
            if m := _ENTITY.match(line):
                prefix = re.sub(r"^\s*//.*$", "", "".join(lines[:i]), flags=re.MULTILINE).strip()
                if not prefix:
                    raise CypherError(
                        f"{self.path}:{i + 1}: '// entity {m.group(1)}: {m.group(2)}' must follow "
                        f"the clauses that bind {m.group(2)}"
                    )
                checks.append(
                    (
                        m.group(1),
                        m.group(2),
                        f"{prefix}\nRETURN count(DISTINCT {m.group(2)}) AS found",
                    )
                )
        return checks


@dataclass
class QueryResult:
    """Columns and rows (dicts of plain values) of one query run."""

    name: str
    columns: list[str]
    rows: list[dict[str, Any]]


def queries_dir(override: str | Path | None = None) -> Path:
    """``override``, else the packaged ``cypher/queries``."""
    return Path(override) if override else cypher_dir() / "queries"


def _convert(value: str) -> Any:
    """``"2"`` → ``2``; anything that is not a whole number stays text."""
    v = value.strip()
    if _INT.fullmatch(v):
        try:
            return int(v)
        except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
            return value
    return value


def _parse_file(path: Path) -> NamedQuery:
    description = ""
    params: dict[str, str] = {}
    defaults: dict[str, Any] = {}
    ranges: dict[str, tuple[int, int]] = {}
    entities: dict[str, str] = {}
    keys: dict[str, tuple[str, str, int]] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CypherError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    in_header = True
    for n, line in enumerate(text.splitlines(), 1):
        if m := _ENTITY.match(line):
            entities[m.group(1)] = m.group(2)
            continue
        if not in_header:
            continue
        if not line.strip().startswith("//"):
            in_header = not line.strip()
            continue
        if m := _DESCRIPTION.match(line):
            description = m.group(1)
        elif m := _KEY.match(line):
            if m.group(2) not in KEY_FOLDS:
                raise CypherError(
                    f"{path}:{n}: key {m.group(1)}: no fold {m.group(2)!r}"
                    f" (one of {', '.join(KEY_FOLDS)})"
                )
            keys[m.group(1)] = (m.group(2), m.group(3), n)
        elif m := _PARAM.match(line):
            name, meaning = m.group(1), m.group(2)
            params[name] = meaning
            default, bounds = _param_facets(path, n, name, meaning)
            if bounds is not None:
                ranges[name] = bounds
            if default is not _NO_DEFAULT:
                defaults[name] = default
    _check_references(path, params, entities, keys)
    return NamedQuery(
        name=path.stem,
        description=description,
        params=params,
        path=path,
        defaults=defaults,
        ranges=ranges,
        entities=entities,
        keys={k: (f, p) for k, (f, p, _n) in keys.items()},
    )


def _param_facets(
    path: Path, n: int, name: str, meaning: str
) -> tuple[Any, tuple[int, int] | None]:
    """The default and range of the parameter declared on line *n*; a default in its range."""
    try:
        default, bounds = parse_facets(meaning)
    except ValueError as exc:
        raise CypherError(f"{path}:{n}: parameter {name}: {exc}") from None
    if (
        default is not _NO_DEFAULT
        and bounds is not None
        and not (isinstance(default, int) and bounds[0] <= default <= bounds[1])
    ):
        raise CypherError(
            f"{path}:{n}: parameter {name}: default {default!r} is not in {bounds[0]}-{bounds[1]}"
        )
    return default, bounds


def _check_references(
    path: Path,
    params: dict[str, str],
    entities: dict[str, str],
    keys: dict[str, tuple[str, str, int]],
) -> None:
    """Every ``// entity`` line names a declared parameter; every ``// key`` folds one."""
    for name in entities:
        if name not in params:
            raise CypherError(
                f"{path}: '// entity {name}: …' names no declared parameter "
                f"(declared: {', '.join(params) or 'none'})"
            )
    for key, (_fold, source, n) in keys.items():
        if source not in params or key in params:
            raise CypherError(
                f"{path}:{n}: key {key} must fold a declared parameter and not be one "
                f"(declared: {', '.join(params) or 'none'})"
            )


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
        raise QueryNotFound(
            f"no query named {name!r}" + (f"; known: {known}" if known else f" in {d}")
        )
    return _parse_file(path)


def parse_params(items: list[str] | tuple[str, ...] | None) -> dict[str, Any]:
    """``["official=بوريس جونسون", "depth=2"]`` → ``{"official": "بوريس جونسون", "depth": 2}``."""
    out: dict[str, Any] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise QueryParameterError(f"bad query parameter {_show(item)}: expected name=value")
        out[key] = _convert(value)
    return out


def _show(value: Any) -> str:
    """A value for an error message: one short line, whatever its size."""
    if isinstance(value, int) and not isinstance(value, bool):
        if -(10**30) < value < 10**30:
            return str(value)
        return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
    if (
        isinstance(value, str)
        and _INT.fullmatch(value.strip())
        and len(value.strip().lstrip("+-")) > 30
    ):
        return f"a {len(value.strip().lstrip('+-'))}-digit number"
    text = " ".join((repr(value) if isinstance(value, str) else str(value)).split())
    return text if len(text) <= 60 else text[:57] + "…"


def _fits(value: Any) -> bool:
    """Whether every integer in ``value`` (lists and maps included) fits Neo4j's 64-bit integers."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, (list, tuple)):
        return all(_fits(v) for v in value)
    if isinstance(value, dict):
        return all(_fits(v) for v in value.values())
    return True


def _check_value(query: NamedQuery, name: str, value: Any) -> Any:
    """``value`` as the query gets it, or :class:`QueryParameterError` saying what is wrong."""
    where = f"query {query.name!r}: parameter {name}"
    bounds = query.ranges.get(name)
    if bounds is not None:
        low, high = bounds
        if isinstance(value, str) and _INT.fullmatch(value.strip()):
            value = _convert(value)
        too_long = isinstance(value, str) and _INT.fullmatch(
            value.strip()
        )  # beyond Python's int() digits
        if too_long or not isinstance(value, int) or isinstance(value, bool):
            kind = "" if too_long else "a whole number "
            raise QueryParameterError(
                f"{where} must be {kind}from {low} to {high}, not {_show(value)}"
            )
        if not low <= value <= high:
            raise QueryParameterError(f"{where} must be from {low} to {high}, not {_show(value)}")
    if name in query.entities and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # "-p official=2017" names an entity: text, not a number
    if not _fits(value):
        raise QueryParameterError(
            f"{where}: {_show(value)} is too large for Neo4j "
            f"(integers go from {INT64_MIN} to {INT64_MAX})"
        )
    return value


def _bind(query: NamedQuery, params: dict[str, Any]) -> dict[str, Any]:
    """Defaults filled in and every value checked against the header
    (:class:`QueryParameterError`)."""
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryParameterError(
            f"query {query.name!r} has no parameter {', '.join(unknown)}; "
            f"its parameters: {', '.join(query.params) or 'none'}"
        )
    bound = {**query.defaults, **params}
    missing = [p for p in query.params if p not in bound]
    if missing:
        raise QueryParameterError(
            f"query {query.name!r} needs {', '.join(f'{p}=…' for p in missing)}"
        )
    return {p: _check_value(query, p, bound[p]) for p in query.params}


def _execute(
    query: NamedQuery,
    params: dict[str, Any],
    settings: Neo4jSettings | None,
    driver: Driver | None,
    finish: Finish | None = None,
) -> Any:
    """Check the entity parameters, run the query and ``finish(tx, bound, keys, records)``, in
    one read transaction.

    Without ``finish`` the result is ``(keys, records)``.
    """
    settings = settings or Neo4jSettings()
    statement = query.statement()
    checks = query.entity_checks()
    bound = _bind(query, params)
    values = {**bound, **query.key_values(bound)}

    def work(tx: ManagedTransaction) -> Any:
        for param, _var, check in checks:
            if not tx.run(check, values).single(strict=True)["found"]:
                raise EntityNotFound(
                    f"no entity matches {_show(bound[param])} "
                    f"(query {query.name}, parameter {param})",
                    query=query.name,
                    param=param,
                    value=bound[param],
                )
        result = tx.run(statement, values)
        keys, records = list(result.keys()), list(result)
        return finish(tx, bound, keys, records) if finish else (keys, records)

    def go(drv: Driver) -> Any:
        where = f"query {query.name} ({query.path.name})"
        with translated(settings, where), drv.session(database=settings.database) as session:
            return session.execute_read(work)

    if driver is None:
        with connect(settings) as drv:
            return go(drv)
    return go(driver)


# --------------------------------------------------------------------------- plain values
def _labels(node: Node) -> list[str]:
    return sorted(node.labels)


def _node_type(node: Node) -> str:
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
        return {
            "nodes": [_plain(n) for n in value.nodes],
            "relationships": [_plain(r) for r in value.relationships],
        }
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
    driver: Driver | None = None,
    queries_dir: str | Path | None = None,
) -> QueryResult:
    """Run the named query with ``params`` (defaults filled in); rows as plain values."""
    query = get_query(name, queries_dir)
    columns, records = _execute(query, params or {}, settings, driver)
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
            for rel, node in zip(value["relationships"], value["nodes"][1:], strict=False):
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


# C0 controls, DEL and C1 controls: a terminal acts on them (ESC and CSI start escape sequences)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character but those in ``keep`` written as ``\\xNN``.

    Data printed for a terminal never carries raw control bytes: an entity named
    ``"\\x1b[2J"`` shows as that text instead of clearing the screen."""
    return _CONTROL.sub(lambda m: m[0] if m[0] in keep else f"\\x{ord(m[0]):02x}", text)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``table`` (rich), ``json`` (a list of row objects) or ``csv``.

    ``table`` and ``csv`` show control characters of the data as ``\\xNN`` (:func:`visible`;
    csv keeps tab and newline, which it quotes); ``json`` ``\\u``-escapes them (same values)."""
    if fmt == "json":
        text = json.dumps(result.rows, ensure_ascii=False, indent=1, default=str)
        # DEL and C1 are legal raw in JSON strings (the only place they can be): \u-escape them
        return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m[0]):04x}", text)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([visible(c, "\t\n") for c in result.columns])
        for row in result.rows:
            writer.writerow([visible(_short(row[c]), "\t\n") for c in result.columns])
        return buf.getvalue()
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        # Text, not str: a "[/x]" in the data is text, never rich markup
        table = Table(
            title=Text(f"{visible(result.name)} ({len(result.rows)} rows)"), show_lines=False
        )
        for c in result.columns:
            table.add_column(Text(visible(c)), overflow="fold")
        for row in result.rows:
            table.add_row(*[Text(visible(_short(row[c]))) for c in result.columns])
        buf = io.StringIO()
        Console(file=buf, width=160, force_terminal=False, color_system=None).print(table)
        return buf.getvalue()
    raise InputError(f"unknown format {fmt!r}: use table, json or csv")


# --------------------------------------------------------------------------- graph
_ARTICLE_KEYS = ("id", "title", "url", "published", "lang", "source")
_ENTITY_KEYS = ("name", "aliases", "country", "title", "kind", "name_en", "confidence", "merges")
_EDGE_KEYS = ("article_id", "evidence", "start", "end", "published", "confidence", "rule")


def query_graph(
    name: str,
    params: dict[str, Any] | None = None,
    settings: Neo4jSettings | None = None,
    *,
    driver: Driver | None = None,
    queries_dir: str | Path | None = None,
) -> nx.MultiDiGraph:
    """The nodes, relationships and paths the query returns, as a graph shaped like
    :func:`build_graph`'s.

    ``g.graph["articles"]`` holds the articles the result comes from (title,
    url, published, lang, source), read in the same transaction: those named by
    the returned relationships' ``article_id``, those reporting the returned
    statements, and for returned entities without a relationship in the result,
    those mentioning them — so a page drawn from it shows the real article
    count. Article nodes the query returns are included too; MENTIONED_IN and
    REPORTED_IN (edges to articles) become the ``articles`` / ``article_id``
    attributes of the nodes. Relationships whose end nodes were not returned
    with their properties are left out. Scalar columns are ignored.
    ``g.graph["query"]`` records the name and the parameters as bound.
    """
    query = get_query(name, queries_dir)
    articles_statement = _articles_statement()

    def finish(
        tx: ManagedTransaction, bound: dict[str, Any], _keys: list[str], records: list[Record]
    ) -> nx.MultiDiGraph:
        g = _result_graph(name, bound, records)
        _attach_articles(tx, g, articles_statement)
        return g

    return _execute(query, params or {}, settings, driver, finish)


def _articles_statement() -> str:
    path = cypher_dir() / "query_articles.cypher"
    stmts = read_statements(path)
    if len(stmts) != 1:
        raise CypherError(f"{path}: expected exactly one statement, found {len(stmts)}")
    return stmts[0]


def _collect(records: list[Any]) -> tuple[dict[str, Node], dict[str, Relationship]]:
    """The nodes and relationships anywhere in ``records`` (in paths, lists and maps too), by
    element id.

    A relationship brings its end nodes when they came with their properties."""
    from neo4j.graph import Node, Path as GPath, Relationship

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
    return nodes, rels


def _add_result_node(g: nx.MultiDiGraph, nid: str, n: Node) -> None:
    """An entity or a statement node, or (for an Article) an entry of ``g.graph["articles"]``."""
    t = _node_type(n)
    if t == "Article":
        g.graph["articles"][nid] = {k: n.get(k) for k in _ARTICLE_KEYS}
    elif t == "Statement":
        g.add_node(
            nid,
            type="Statement",
            name=(n.get("text") or "")[:80],
            text=n.get("text") or "",
            lang=n.get("lang"),
            article_id=None,
            speaker=None,
            articles=[],
        )
    else:
        attrs = {k: n.get(k) for k in _ENTITY_KEYS}
        attrs["aliases"] = list(attrs["aliases"] or [])
        attrs["merges"] = list(attrs["merges"] or [])
        g.add_node(nid, type=t, articles=[], **attrs)


def _add_result_relationship(
    g: nx.MultiDiGraph, s: str, t: str, r: Relationship, counter: dict[str, int]
) -> None:
    """An edge ``s → t`` keyed ``TYPE|article|n``; an edge to an article becomes node attributes."""
    if r.type in ("MENTIONED_IN", "REPORTED_IN"):
        if s in g and t in g.graph["articles"]:
            g.nodes[s]["articles"] = sorted(set(g.nodes[s]["articles"]) | {t})
            if r.type == "REPORTED_IN":
                g.nodes[s]["article_id"] = t
        return
    if s not in g or t not in g:
        return
    aid = r.get("article_id")
    seq = counter.get(f"{r.type}|{aid}", 0)
    counter[f"{r.type}|{aid}"] = seq + 1
    attrs = {k: r.get(k) for k in _EDGE_KEYS}
    attrs["quote"] = g.nodes[t].get("text") if r.type == "SAID" else None
    if r.type == "SAID":
        g.nodes[t]["speaker"] = s
        g.nodes[t]["article_id"] = g.nodes[t]["article_id"] or aid
    g.add_edge(s, t, key=f"{r.type}|{aid}|{seq}", type=r.type, **attrs)
    for end in (s, t):
        if aid and aid not in g.nodes[end]["articles"]:
            g.nodes[end]["articles"] = sorted(set(g.nodes[end]["articles"]) | {aid})


def _result_graph(name: str, bound: dict[str, Any], records: list[Any]) -> nx.MultiDiGraph:
    """The graph of the nodes, relationships and paths in ``records`` (pure: no database)."""
    nodes, rels = _collect(records)
    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    g.graph["query"] = {"name": name, "params": dict(bound)}
    ids: dict[str, str] = {}
    for eid, n in sorted(nodes.items(), key=lambda kv: str(kv[1].get("id"))):
        nid = n.get("id")
        if nid is None:
            continue
        ids[eid] = nid
        _add_result_node(g, nid, n)
    counter: dict[str, int] = {}
    for _, r in sorted(
        rels.items(), key=lambda kv: (kv[1].type, str(kv[1].get("article_id")), kv[0])
    ):
        s = ids.get(r.start_node.element_id) if r.start_node is not None else None
        t = ids.get(r.end_node.element_id) if r.end_node is not None else None
        if s is None or t is None:
            continue
        _add_result_relationship(g, s, t, r, counter)
    return g


def _attach_articles(tx: ManagedTransaction, g: nx.MultiDiGraph, statement: str) -> None:
    """Fill ``g.graph["articles"]`` with the articles
    the result comes from (see :func:`query_graph`)."""
    arts = g.graph["articles"]
    ids = sorted(
        {d["article_id"] for _, _, d in g.edges(data=True) if d.get("article_id")} - set(arts)
    )
    statements = sorted(
        n for n, d in g.nodes(data=True) if d["type"] == "Statement" and not d.get("article_id")
    )
    entities = sorted(
        n
        for n, d in g.nodes(data=True)
        if d["type"] != "Statement" and g.degree(n) == 0 and not d.get("articles")
    )
    if not (ids or statements or entities):
        return
    found = sorted(
        (
            (rec["id"], rec["node"] or "", rec["article"])
            for rec in tx.run(statement, ids=ids, statements=statements, entities=entities)
        ),
        key=lambda x: (x[0], x[1]),
    )
    for aid, node, article in found:
        arts.setdefault(aid, {"id": aid, **{k: article.get(k) for k in _ARTICLE_KEYS if k != "id"}})
        if node:
            d = g.nodes[node]
            d["articles"] = sorted(set(d.get("articles") or []) | {aid})
            if d["type"] == "Statement":
                d["article_id"] = d.get("article_id") or aid
    g.graph["articles"] = dict(sorted(arts.items()))
