"""The bulk first load: the loader's rows as ``neo4j-admin`` CSV files, and the import.

``graphbuild export --format neo4j-admin DIR`` and ``graphbuild neo4j import DIR``.
The batched loader (:mod:`.loader`) MERGEs rows into a live database; a first load
of a large corpus is several times faster through ``neo4j-admin database import
full``, which writes the store files directly into a stopped database. Both paths
start from the same rows (:func:`graphbuild.neo4j.loader.graph_rows`), so they give
the same graph: :func:`admin_tables` turns each load file's rows into the nodes and
relationships its Cypher statement would write on an empty database (the same ids,
labels, types and properties; a ``None`` is no property, as ``MERGE`` + "set only
what changes" leaves it; a later row of the same key wins, as a later ``SET`` would).
:func:`export_rows` writes those tables streamed, each from its rows as they come
(:class:`_Spec`, :class:`_TableWriter`), the bytes :func:`write_tables` writes from
them; ``graphbuild run --formats ...,neo4j-admin`` writes the same directory from the
graph it streams (:func:`export_graph`, :class:`graphbuild.sinks.Neo4jAdminDir`).

Files in DIR (the format is documented in the README)::

    nodes_<Label>.csv            id:ID(<space>),<prop>:<type>,...,:LABEL
    relationships_<TYPE>.csv     :START_ID(<space>),:END_ID(<space>),<prop>:<type>,...,:TYPE
    manifest.json                the files, their row counts, and the import options

Id spaces: ``Entity`` (Official, Agency, Country: their ids are label-prefixed and
unique across the three), ``Article`` and ``Statement``. Values are quoted with
doubled quotes (RFC 4180; a backslash is just a character), lists are joined with
:data:`ARRAY_DELIMITER`, and a file whose values hold line breaks is named in the
manifest so the importer reads it with multiline fields.

:func:`import_dir` runs ``org.neo4j.cli.AdminTool database import full`` from the
local server's own jars (:func:`graphbuild.neo4j.server.ensure_jars`) with
``NEO4J_HOME`` / ``NEO4J_CONF`` of the server home; the server must be stopped.
:func:`bulk_load` then starts the server, applies ``cypher/schema.cypher`` and
waits for the indexes: from there the normal loader adds later articles.
"""

from __future__ import annotations

import json
import math
import operator
import shutil
import subprocess
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, islice, repeat
from operator import itemgetter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, ServerError
from ..fsutil import AtomicFile, atomic_write
from ..schema import (
    ARTICLE,
    ENTITY_LABEL,
    MENTIONED_IN,
    MENTIONS,
    REPORTED_IN,
    STATEMENT,
    entity_types,
    link_types,
    node_type,
    relation_type,
    relation_types,
)

__all__ = [
    "ARRAY_DELIMITER",
    "MANIFEST",
    "FORMAT",
    "Table",
    "ExportSummary",
    "ImportSummary",
    "admin_tables",
    "csv_field",
    "write_tables",
    "export_rows",
    "export_graph",
    "read_manifest",
    "import_command",
    "import_dir",
    "bulk_load",
]

#: Between the items of a list value (U+001F, the unit separator: no name or text holds it).
ARRAY_DELIMITER = "\x1f"
MANIFEST = "manifest.json"
FORMAT = "graphbuild-neo4j-admin/1"

_ENTITY_PROPS = ("country", "title", "kind", "name_en")
_LINK_PROPS = ("article_id", "evidence", "start", "end", "published", "confidence", "rule", "count")
_SAID_PROPS = ("article_id", "evidence", "start", "end", "published", "confidence", "rule")
_ARTICLE_PROPS = ("title", "url", "published", "lang", "source")


@dataclass
class Table:
    """One CSV file: the nodes of one label, or the relationships of one type.

    ``records`` are keyed (a later record of the same key replaces an earlier one,
    as a later ``SET`` would); a node record is ``{"id": …, **properties}``, a
    relationship record ``{":START_ID": …, ":END_ID": …, **properties}``.
    """

    kind: str  # "nodes" | "relationships"
    name: str  # the label, or the relationship type
    labels: tuple[str, ...] = ()  # nodes: every label the node carries
    spaces: tuple[str, ...] = ()  # nodes: (id space,); relationships: (start space, end space)
    records: dict[Any, dict[str, Any]] = field(default_factory=dict)

    @property
    def file(self) -> str:
        return f"{self.kind}_{self.name}.csv"

    def put(self, key: Any, record: dict[str, Any]) -> None:
        self.records.pop(key, None)  # a replaced record moves to the end, like the last SET
        self.records[key] = record


def _space(label: str) -> str:
    """The id space of a label: every entity label shares :data:`ENTITY_LABEL`'s."""
    return ENTITY_LABEL if label in entity_types() else label


#: the property columns of an entity node, after its ``id``
_ENTITY_COLUMNS: tuple[str, ...] = ("name", *_ENTITY_PROPS, "confidence", "aliases", "merges")
_ENTITY_COLUMNS += ("search_terms", "aliases_text", "search_text")


def _entity_values(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """What ``entities_<type>.cypher`` writes for ``row`` on an empty database: the ``id``,
    then the values of :data:`_ENTITY_COLUMNS`."""
    name = row["name"]
    aliases = sorted({*row["aliases"], name} - {name})
    terms = sorted(set(row["search_terms"]))
    return (
        row["id"],
        name,
        *map(row.get, _ENTITY_PROPS),
        row["confidence"],
        aliases,
        sorted(set(row["merges"])),
        terms,
        " | ".join(aliases),
        " | ".join(terms),
    )


def _entity_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`_entity_values` as a record (``id`` and the columns)."""
    return dict(zip(("id", *_ENTITY_COLUMNS), _entity_values(row), strict=True))


def _rel(start: Any, end: Any, row: Mapping[str, Any], props: Sequence[str]) -> dict[str, Any]:
    rec = {":START_ID": start, ":END_ID": end}
    rec.update(zip(props, map(row.get, props), strict=True))
    return rec


class _Tables:
    """The tables being built, by (kind, name)."""

    def __init__(self) -> None:
        self.by_name: dict[tuple[str, str], Table] = {}

    def nodes(self, label: str, labels: tuple[str, ...]) -> Table:
        key = ("nodes", label)
        if key not in self.by_name:
            self.by_name[key] = Table("nodes", label, labels, (_space(label),))
        return self.by_name[key]

    def rels(self, rtype: str, start: str, end: str) -> Table:
        key = ("relationships", rtype)
        if key not in self.by_name:
            self.by_name[key] = Table("relationships", rtype, (), (_space(start), _space(end)))
        return self.by_name[key]


def _add_quoted(tables: _Tables, rtype: str, rows: Iterable[Mapping[str, Any]]) -> None:
    """``said.cypher``: the Statement node, speaker -[SAID]-> it, it -[REPORTED_IN]-> Article."""
    st, said = tables.nodes(STATEMENT, (STATEMENT,)), tables.rels(rtype, ENTITY_LABEL, STATEMENT)
    reported = tables.rels(REPORTED_IN, STATEMENT, ARTICLE)
    for r in rows:
        st.put(r["id"], {"id": r["id"], "text": r.get("text"), "lang": r.get("lang")})
        said.put(
            (r["speaker"], r["article_id"], r["id"]), _rel(r["speaker"], r["id"], r, _SAID_PROPS)
        )
        reported.put((r["id"], r["article_id"]), _rel(r["id"], r["article_id"], r, ()))


def admin_tables(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Table]:
    """The nodes and relationships the load files would write from ``rows`` (of
    :func:`graphbuild.neo4j.loader.graph_rows`) into an empty database, one table per
    label and type, in load order (nodes first)."""
    tables = _Tables()
    for t in entity_types():
        table = tables.nodes(t, (t, ENTITY_LABEL))
        for r in rows.get(node_type(t).load_name or "", []):
            table.put(r["id"], _entity_record(r))
    arts = tables.nodes(ARTICLE, (ARTICLE,))
    for r in rows.get(node_type(ARTICLE).load_name or "", []):
        arts.put(r["id"], {"id": r["id"], **{k: r.get(k) for k in _ARTICLE_PROPS}})
    mentioned = tables.rels(MENTIONED_IN, ENTITY_LABEL, ARTICLE)
    for r in rows.get(relation_type(MENTIONED_IN).load_name, []):
        mentioned.put((r["entity"], r["article_id"]), _rel(r["entity"], r["article_id"], r, ()))
    for lt in link_types():
        table = tables.rels(lt.name, ENTITY_LABEL, ENTITY_LABEL)
        for r in rows.get(lt.load_name, []):
            key = (r["source"], r["target"], r["article_id"])
            table.put(key, _rel(r["source"], r["target"], r, _LINK_PROPS))
    for qt in (t for t in relation_types() if t.quoted):
        _add_quoted(tables, qt.name, rows.get(qt.load_name, []))
    ments = tables.rels(MENTIONS, STATEMENT, ENTITY_LABEL)
    for r in rows.get(relation_type(MENTIONS).load_name, []):
        ments.put(
            (r["statement"], r["entity"]), _rel(r["statement"], r["entity"], r, ("article_id",))
        )
    ordered = sorted(tables.by_name.values(), key=lambda t: t.kind != "nodes")
    return [t for t in ordered if t.records]


# --------------------------------------------------------------------------- CSV
_TYPES: dict[type, str] = {bool: "boolean", int: "long", float: "double", str: "string"}
_TYPES.update({list: "string[]", tuple: "string[]"})
#: records formatted and written at once: what a streamed table holds (its records, their
#: fields, lines and bytes: about 6 KB a record of a relation with its evidence sentence),
#: and what ``write_table`` holds besides its table. Small enough that every table of a
#: modest corpus fills a chunk, so the peak does not grow with the corpus past it; large
#: enough that the per-chunk work (a column's types) costs nothing per record
_CHUNK = 4096


def _column_type(table: Table, column: str, values: Sequence[Any]) -> str:
    """The importer's type of a column: one Python type for all its values, or InputError."""
    kinds = {type(v) for v in values}
    kinds.discard(type(None))
    odd = [k for k in kinds if k not in _TYPES]
    if odd:
        raise InputError(f"{table.file}: column {column!r} holds a {odd[0].__name__}")
    names = {_TYPES[k] for k in kinds}
    if len(names) > 1:
        raise InputError(
            f"{table.file}: column {column!r} mixes {' and '.join(sorted(names))};"
            " one column has one type in the bulk format"
        )
    if "string[]" in names and not all(isinstance(x, str) for v in values if v for x in v):
        raise InputError(f"{table.file}: column {column!r} holds a list of non-strings")
    return names.pop() if names else "string"


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _joined(values: Sequence[Any]) -> list[Any]:
    """List values joined with :data:`ARRAY_DELIMITER` (None stays None); InputError when an
    item holds the delimiter."""
    out = [None if v is None else ARRAY_DELIMITER.join(v) for v in values]
    for v, s in zip(values, out, strict=True):
        if s is not None and s.count(ARRAY_DELIMITER) != max(len(v) - 1, 0):
            raise InputError(f"a list item holds U+001F, the bulk format's list delimiter: {v!r}")
    return out


def _formatted(values: Sequence[Any], ctype: str) -> list[str]:
    """One column's CSV fields (what :func:`csv_field` gives for each value, a column at once)."""
    if ctype == "string[]":
        values, ctype = _joined(values), "string"
    if ctype == "string":
        return ["" if v is None else '"' + v.replace('"', '""') + '"' for v in values]
    if ctype == "boolean":
        return ["" if v is None else ("true" if v else "false") for v in values]
    if ctype == "double" and not all(math.isfinite(v) for v in values if v is not None):
        raise InputError(
            f"{[v for v in values if v is not None and not math.isfinite(v)][0]!r}"
            " cannot be written to the bulk format"
        )
    return ["" if v is None else repr(v) for v in values]


def csv_field(value: Any) -> str:
    """One CSV field: ``None`` empty (no property), text quoted with doubled quotes, a list
    quoted with its items joined by :data:`ARRAY_DELIMITER`, numbers as Python writes them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, (list, tuple)):
        if any(ARRAY_DELIMITER in x for x in value):
            raise InputError(
                f"a list item holds U+001F, the bulk format's list delimiter: {value!r}"
            )
        return _quote(ARRAY_DELIMITER.join(value))
    if isinstance(value, float) and not math.isfinite(value):
        raise InputError(f"{value!r} cannot be written to the bulk format")
    return repr(value) if isinstance(value, float) else str(value)


def _header(table: Table | _Spec, columns: list[str], types: list[str]) -> list[str]:
    if table.kind == "nodes":
        head = [f"id:ID({table.spaces[0]})"]
        tail = [":LABEL"]
    else:
        head = [f":START_ID({table.spaces[0]})", f":END_ID({table.spaces[1]})"]
        tail = [":TYPE"]
    return head + [f"{c}:{t}" for c, t in zip(columns, types, strict=True)] + tail


def _columns(table: Table) -> list[str]:
    skip = {"id", ":START_ID", ":END_ID"}
    return [c for c in dict.fromkeys(chain.from_iterable(table.records.values())) if c not in skip]


def _empty_lists(
    table: Table, values: Mapping[str, list[Any]], types: Mapping[str, str]
) -> list[str]:
    """The list columns holding an empty list somewhere (the importer leaves those out; see
    ``cypher/bulk_empty_lists.cypher``). Such a column may not hold a None too."""
    out = []
    for c, t in types.items():
        if t != "string[]" or all(v is None or v for v in values[c]):
            continue
        if any(v is None for v in values[c]):
            raise InputError(
                f"{table.file}: column {c!r} holds both empty lists and no value;"
                " the bulk format cannot tell them apart"
            )
        out.append(c)
    return out


def write_table(table: Table, path: Path) -> tuple[bool, list[str]]:
    """Write ``table`` as one CSV file; return whether any value holds a line break, and
    the list columns with empty lists. Column by column: each column's values are typed
    and formatted at once, then the lines are joined (a chunk of records at a time)."""
    records = list(table.records.values())
    keys = ["id"] if table.kind == "nodes" else [":START_ID", ":END_ID"]
    columns = _columns(table)
    values = {c: list(map(dict.get, records, repeat(c))) for c in [*keys, *columns]}
    types = {c: _column_type(table, c, v) for c, v in values.items()}
    tag = _quote(ARRAY_DELIMITER.join(table.labels) if table.kind == "nodes" else table.name)
    multiline = False
    with AtomicFile(path) as fh:
        fh.write(",".join(_header(table, columns, [types[c] for c in columns])) + "\n")
        for i in range(0, len(records), _CHUNK):
            cols = [_formatted(v[i : i + _CHUNK], types[c]) for c, v in values.items()]
            lines = [",".join(fields) for fields in zip(*cols, repeat(tag))]
            body = "\n".join(lines)
            multiline = multiline or "\r" in body or body.count("\n") != len(lines) - 1
            fh.write(body + "\n")
    empty = _empty_lists(table, values, types) if table.kind == "nodes" else []
    return multiline, empty


@dataclass
class ExportSummary:
    """What :func:`export_rows` wrote."""

    directory: Path
    nodes: dict[str, int] = field(default_factory=dict)  # label → rows
    relationships: dict[str, int] = field(default_factory=dict)  # type → rows
    rows: int = 0  # the loader rows they come from

    def line(self) -> str:
        n, r = sum(self.nodes.values()), sum(self.relationships.values())
        files = len(self.nodes) + len(self.relationships)
        return f"{n} nodes and {r} relationships in {files} CSV files in {self.directory}"


def _entry(table: Table | _Spec, rows: int, multiline: bool, empty: list[str]) -> dict[str, Any]:
    """A file's entry in the manifest."""
    return {
        "kind": table.kind,
        "name": table.name,
        "file": table.file,
        "rows": rows,
        "multiline": multiline,
        "empty_lists": empty,
    }


def _write_manifest(out: Path, entries: list[dict[str, Any]], rows: int) -> None:
    manifest = {
        "format": FORMAT,
        "array_delimiter": f"U+{ord(ARRAY_DELIMITER):04X}",
        "rows": rows,
        "files": entries,
    }
    atomic_write(out / MANIFEST, json.dumps(manifest, indent=1) + "\n")


def write_tables(tables: Sequence[Table], directory: str | Path, rows: int = 0) -> ExportSummary:
    """Write the tables and the manifest into ``directory`` (created if needed)."""

    def written(out: Path) -> Iterator[dict[str, Any]]:
        for t in tables:
            multiline, empty = write_table(t, out / t.file)
            yield _entry(t, len(t.records), multiline, empty)

    return _write_directory(directory, rows, written)


def _write_directory(
    directory: str | Path, rows: int, written: Callable[[Path], Iterable[dict[str, Any] | None]]
) -> ExportSummary:
    """Create ``directory``, write its files by ``written`` (each file's manifest entry, None
    for no file), then the manifest; the summary counts each entry's rows."""
    out = Path(directory)
    summary = ExportSummary(out, rows=rows)
    entries = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for entry in written(out):
            if entry is not None:
                entries.append(entry)
                counts = summary.nodes if entry["kind"] == "nodes" else summary.relationships
                counts[entry["name"]] = entry["rows"]
        _write_manifest(out, entries, rows)
    except OSError as exc:
        raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return summary


def export_rows(
    rows: Mapping[str, Iterable[Mapping[str, Any]]], directory: str | Path
) -> ExportSummary:
    """The loader's ``rows`` (of :func:`~graphbuild.neo4j.loader.graph_rows` or
    :func:`~graphbuild.neo4j.loader.streamed_rows`) as neo4j-admin CSV files in
    ``directory``: each table streamed from its rows as they come (their keys come in
    order), else (rows of another order) through :func:`admin_tables`. The same bytes
    either way (``tests/unit/test_neo4j_bulk.py``)."""
    total = sum(len(v) for k, v in rows.items() if not k.startswith("_"))  # type: ignore[arg-type,misc]
    try:
        return _write_streamed(_specs(rows), directory, total)
    except _Unordered:
        return write_tables(admin_tables(rows), directory, rows=total)  # type: ignore[arg-type]


def export_graph(graph: Any, directory: str | Path) -> ExportSummary:
    """The loader's rows of ``graph`` (a networkx graph, or the
    :class:`~graphbuild.graphstream.StreamedGraph` of a streamed run, its rows read from
    its sorted files) as neo4j-admin CSV files in ``directory``: what ``graphbuild export
    --format neo4j-admin`` writes from the graph's graph.json."""
    from ..graphstream import StreamedGraph
    from .loader import graph_rows, streamed_rows

    if not isinstance(graph, StreamedGraph):
        return export_rows(graph_rows(graph), directory)
    rows = streamed_rows(graph)
    try:
        return export_rows(rows, directory)
    finally:
        for spool in rows.values():
            spool.close()


# --------------------------------------------------------------------------- streamed export
class _Unordered(Exception):
    """A table's rows did not come in key order: it is written through :func:`admin_tables`."""


@dataclass(frozen=True)
class _Spec:
    """One table of :func:`admin_tables` as a stream: ``values`` makes a record's cells (its
    ids, then one per column) from a row of ``sources``; ``key`` is the record's key in
    admin_tables, its parts in the order the rows come sorted by."""

    kind: str
    name: str
    labels: tuple[str, ...]
    spaces: tuple[str, ...]
    columns: tuple[str, ...]
    sources: tuple[Iterable[Mapping[str, Any]], ...]
    values: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    key: Callable[[tuple[Any, ...]], Any]

    @property
    def file(self) -> str:
        return f"{self.kind}_{self.name}.csv"

    def chunks(self) -> Iterator[list[tuple[Any, ...]]]:
        """The records in key order, about :data:`_CHUNK` at a time; of records of an equal
        key (adjacent, in key order) the last one, as :meth:`Table.put` keeps it.
        :class:`_Unordered` when a key goes back: a later record could replace one that is
        written already."""
        records = map(self.values, chain.from_iterable(self.sources))
        held: list[tuple[Any, ...]] = []  # the last record read: the next may replace it
        while chunk := list(islice(records, _CHUNK)):
            chunk = held + chunk
            keys = list(map(self.key, chunk))
            try:
                ordered = all(map(operator.lt, keys, islice(keys, 1, None)))
            except TypeError:  # keys that do not compare
                raise _Unordered(self.file) from None
            if not ordered:
                chunk = _last_of_each(chunk, keys, self.file)
            held = chunk[-1:]
            if len(chunk) > 1:
                yield chunk[:-1]
        if held:
            yield held


def _last_of_each(
    chunk: list[tuple[Any, ...]], keys: list[Any], file: str
) -> list[tuple[Any, ...]]:
    """The records of a chunk whose keys never go back, the last of each run of equal keys."""
    out = [chunk[0]]
    for i in range(1, len(chunk)):
        if keys[i] == keys[i - 1]:
            out[-1] = chunk[i]
        elif keys[i] < keys[i - 1]:
            raise _Unordered(file)
        else:
            out.append(chunk[i])
    return out


def _values(ids: tuple[str, ...], props: tuple[str, ...]) -> Callable[..., tuple[Any, ...]]:
    """A row's cells: ``row[id]`` of each of ``ids``, then ``row.get(p)`` of each of
    ``props`` (one itemgetter when the row has them all, as the loader's rows do)."""
    every = itemgetter(*ids, *props)
    ident = itemgetter(*ids)

    def values(row: Mapping[str, Any]) -> tuple[Any, ...]:
        try:
            return every(row)
        except KeyError:
            got = ident(row)
            return (*(got if len(ids) > 1 else (got,)), *map(row.get, props))

    return values


_KEY1, _KEY2, _KEY3 = itemgetter(0), itemgetter(0, 1), itemgetter(0, 1, 2)
_SAID_KEY = itemgetter(1, 0, 2)  # (statement, speaker, article): said rows come by statement


def _specs(rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[_Spec]:
    """:func:`admin_tables`' tables as streams, in its order (nodes first)."""

    def src(name: str | None) -> tuple[Iterable[Mapping[str, Any]], ...]:
        return (rows.get(name or "", []),)

    def node(label: str, labels: tuple[str, ...], columns: tuple[str, ...], *rest: Any) -> _Spec:
        return _Spec("nodes", label, labels, (_space(label),), columns, *rest)

    def rel(rtype: str, ends: tuple[str, str], props: tuple[str, ...], *rest: Any) -> _Spec:
        return _Spec("relationships", rtype, (), ends, props, *rest)

    ent, stm, art = ENTITY_LABEL, STATEMENT, ARTICLE
    nodes = [
        node(t, (t, ent), _ENTITY_COLUMNS, src(node_type(t).load_name), _entity_values, _KEY1)
        for t in entity_types()
    ]
    arts = _values(("id",), _ARTICLE_PROPS)
    nodes.append(node(art, (art,), _ARTICLE_PROPS, src(node_type(art).load_name), arts, _KEY1))
    mentioned = src(relation_type(MENTIONED_IN).load_name)
    rels = [
        rel(MENTIONED_IN, (ent, art), (), mentioned, _values(("entity", "article_id"), ()), _KEY2)
    ]
    links = _values(("source", "target"), _LINK_PROPS)
    rels += [
        rel(t.name, (ent, ent), _LINK_PROPS, src(t.load_name), links, _KEY3) for t in link_types()
    ]
    quoted = [t for t in relation_types() if t.quoted]
    said = tuple(rows.get(t.load_name, []) for t in quoted)
    if quoted:
        nodes.append(
            node(stm, (stm,), ("text", "lang"), said, _values(("id",), ("text", "lang")), _KEY1)
        )
    for i, qt in enumerate(quoted):
        speakers = _values(("speaker", "id"), _SAID_PROPS)
        rels.append(rel(qt.name, (ent, stm), _SAID_PROPS, src(qt.load_name), speakers, _SAID_KEY))
        if i == 0:
            reported = _values(("id", "article_id"), ())
            rels.append(rel(REPORTED_IN, (stm, art), (), said, reported, _KEY2))
    ments = _values(("statement", "entity"), ("article_id",))
    rels.append(
        rel(
            MENTIONS,
            (stm, ent),
            ("article_id",),
            src(relation_type(MENTIONS).load_name),
            ments,
            _KEY2,
        )
    )
    return nodes + rels


class _TableWriter:
    """One table's CSV lines, a chunk of records at a time, as :func:`write_table` makes
    them: each column's values checked, typed and formatted at once, then the lines joined;
    the columns' types gathered for the header."""

    def __init__(self, spec: _Spec) -> None:
        self.spec = spec
        ids = ["id"] if spec.kind == "nodes" else [":START_ID", ":END_ID"]
        self.names = [*ids, *spec.columns]
        self.types: list[set[str]] = [set() for _ in self.names]
        self.none = [False] * len(self.names)
        self.empty = [False] * len(self.names)
        self.tag = _quote(ARRAY_DELIMITER.join(spec.labels) if spec.kind == "nodes" else spec.name)
        self.multiline = False
        self.count = 0

    def chunk(self, records: list[tuple[Any, ...]]) -> bytes:
        """The CSV lines of ``records``: what :func:`write_table` writes for them."""
        cols = [self._cells(i, col) for i, col in enumerate(zip(*records, strict=True))]
        lines = list(map(",".join, zip(*cols, repeat(self.tag))))
        body = "\n".join(lines)
        self.multiline = self.multiline or "\r" in body or body.count("\n") != len(lines) - 1
        self.count += len(records)
        return (body + "\n").encode("utf-8")

    def _cells(self, i: int, col: tuple[Any, ...]) -> list[str]:
        """Column ``i``'s fields (:func:`_formatted`), its types checked and noted."""
        kinds = set(map(type, col))
        where = f"{self.spec.file}: column {self.names[i]!r}"
        if type(None) in kinds:
            self.none[i] = True
            kinds.discard(type(None))
        odd = [k for k in kinds if k not in _TYPES]
        if odd:
            raise InputError(f"{where} holds a {odd[0].__name__}")
        names = self.types[i]
        names.update(_TYPES[k] for k in kinds)
        if len(names) > 1:
            raise InputError(
                f"{where} mixes {' and '.join(sorted(names))};"
                " one column has one type in the bulk format"
            )
        ctype = next(iter(names)) if names else "string"
        if ctype == "string[]":
            if [] in col or () in col:
                self.empty[i] = True
            try:
                return _formatted(col, ctype)
            except TypeError:
                raise InputError(f"{where} holds a list of non-strings") from None
        return _formatted(col, ctype)

    def header(self) -> bytes:
        types = [next(iter(t)) if t else "string" for t in self.types]
        n = len(self.names) - len(self.spec.columns)
        head = _header(self.spec, list(self.spec.columns), types[n:])
        return (",".join(head) + "\n").encode("utf-8")

    def empty_lists(self) -> list[str]:
        """:func:`_empty_lists` of the table (nodes only)."""
        if self.spec.kind != "nodes":
            return []
        out = []
        for name, types, empty, none in zip(
            self.names, self.types, self.empty, self.none, strict=True
        ):
            if types != {"string[]"} or not empty:
                continue
            if none:
                raise InputError(
                    f"{self.spec.file}: column {name!r} holds both empty lists and no value;"
                    " the bulk format cannot tell them apart"
                )
            out.append(name)
        return out


def _reheaded(fh: AtomicFile, path: Path, skip: int, head: bytes) -> AtomicFile:
    """A new file of ``head`` and ``fh``'s bytes after its first ``skip`` (``fh`` dropped)."""
    fh.file.flush()
    out = AtomicFile(path, binary=True)
    try:
        out.write(head)
        with open(fh.temp_path, "rb") as src:
            src.seek(skip)
            shutil.copyfileobj(src, out.file, 1 << 22)
    except BaseException:
        out.discard()
        raise
    finally:
        fh.discard()
    return out


def _write_spec(spec: _Spec, path: Path) -> dict[str, Any] | None:
    """One table, streamed into ``path``: its manifest entry (None: no record, no file).
    The header is written from the first chunk's types, and again (the body copied after
    it) in the rare case a later chunk types a column the first left empty."""
    writer = _TableWriter(spec)
    fh: AtomicFile | None = None
    head = b""
    try:
        for chunk in spec.chunks():
            body = writer.chunk(chunk)
            if fh is None:
                fh, head = AtomicFile(path, binary=True), writer.header()
                fh.write(head)
            fh.write(body)
        if fh is None:
            return None
        empty = writer.empty_lists()
        if writer.header() != head:
            fh = _reheaded(fh, path, len(head), writer.header())
        fh.commit()
    except BaseException:
        if fh is not None:
            fh.discard()
        raise
    return _entry(spec, writer.count, writer.multiline, empty)


def _write_streamed(specs: Sequence[_Spec], directory: str | Path, rows: int) -> ExportSummary:
    """:func:`write_tables` of the streamed tables: each written as its records come."""
    return _write_directory(
        directory, rows, lambda out: (_write_spec(spec, out / spec.file) for spec in specs)
    )


# --------------------------------------------------------------------------- import
def read_manifest(directory: str | Path) -> dict[str, Any]:
    """The manifest of an export directory (InputError when it is missing or not ours)."""
    path = Path(directory) / MANIFEST
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"{path}: no such file; write the directory with"
            " 'graphbuild export --format neo4j-admin DIR'"
        ) from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a manifest ({exc.__class__.__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"{path}: not a {FORMAT} manifest")
    for entry in doc.get("files", []):
        f = Path(directory) / str(entry.get("file"))
        if Path(str(entry.get("file"))).name != entry.get("file") or not f.is_file():
            raise InputError(f"{path}: names {entry.get('file')!r}, which is not in {directory}")
    if not any(e.get("kind") == "nodes" for e in doc.get("files", [])):
        raise InputError(f"{path}: names no node file")
    return doc


def import_command(
    java: str,
    lib: Path,
    directory: Path,
    manifest: Mapping[str, Any],
    *,
    database: str = "neo4j",
    report: Path | None = None,
    memory: str = "1G",
) -> list[str]:
    """The ``neo4j-admin database import full`` command line for an export directory."""
    files = manifest.get("files", [])
    multiline = any(e.get("multiline") for e in files)
    cmd = [
        java,
        f"-Xmx{memory.lower()}",
        "-cp",
        f"{lib}/*",
        "org.neo4j.cli.AdminTool",
        "database",
        "import",
        "full",
    ]
    cmd.append(database)  # before the file lists, which take every word after them
    cmd += [
        "--overwrite-destination=true",
        f"--array-delimiter={manifest.get('array_delimiter', 'U+001F')}",
        f"--max-off-heap-memory={memory}",
    ]
    if multiline:
        # v1, for every file: 5.26's v2 reader (multiline files named) fails on a quoted line
        # break near the end of its 4 MiB buffer ("found CR outside a text cell")
        cmd.append("--multiline-fields=true")
    if report is not None:
        cmd.append(f"--report-file={report}")
    for e in files:
        opt = "--nodes" if e["kind"] == "nodes" else "--relationships"
        cmd.append(f"{opt}={directory / e['file']}")
    return cmd


@dataclass
class ImportSummary:
    """What :func:`import_dir` (and :func:`bulk_load`) did, with the time of each step."""

    directory: Path
    home: Path
    nodes: int = 0
    relationships: int = 0
    rows: int = 0  # the loader rows the files come from
    import_seconds: float = 0.0  # neo4j-admin, its JVM start included
    start_seconds: float = 0.0  # the server, until it answers
    schema_seconds: float = 0.0  # schema.cypher's statements (a constraint waits for its index)
    fill_seconds: float = 0.0  # the empty lists set after the import
    index_seconds: float = 0.0  # then the wait for the other indexes to be online
    uri: str = ""

    @property
    def seconds(self) -> float:
        """Every step, the server start included."""
        return sum(self.steps().values())

    def steps(self) -> dict[str, float]:
        """Seconds by step, in the order they run."""
        return {
            "import": self.import_seconds,
            "start": self.start_seconds,
            "schema": self.schema_seconds,
            "empty lists": self.fill_seconds,
            "indexes": self.index_seconds,
        }

    def line(self) -> str:
        s = (
            f"imported {self.nodes} nodes and {self.relationships} relationships from"
            f" {self.directory} in {self.import_seconds:.1f} s"
        )
        if self.uri:
            s += (
                f"; started {self.uri} in {self.start_seconds:.1f} s, schema in"
                f" {self.schema_seconds:.1f} s, empty lists in {self.fill_seconds:.1f} s,"
                f" indexes online after {self.index_seconds:.1f} s more"
            )
        return s


def _database_dir(home: Path, database: str) -> Path:
    return home / "data" / "databases" / database


def _check_target(home: Path, database: str, overwrite: bool) -> None:
    """The server must be stopped, and an existing database replaced only when asked."""
    from . import server

    st = server.status(home)
    if st.running or st.up:
        raise ServerError(
            f"the Neo4j server in {home} is running: stop it first ('graphbuild neo4j stop');"
            " the import writes the database files directly"
        )
    if _database_dir(home, database).exists() and not overwrite:
        raise InputError(
            f"{home} already holds the database {database!r}: give --overwrite to replace it"
            " (everything in it is lost), or use 'graphbuild load' to add to it"
        )


def import_dir(
    directory: str | Path,
    home: str | Path,
    *,
    database: str = "neo4j",
    overwrite: bool = False,
    port: int = 7687,
    runtime: Any = None,
    memory: str = "1G",
) -> ImportSummary:
    """Run ``neo4j-admin database import full`` on an export directory into the stopped
    server in ``home`` (its jars; ``runtime`` a :class:`graphbuild.neo4j.server.Runtime`)."""
    from . import server

    # resolved once: a run's OUT/neo4j-admin links into its current set (a later run may swap it)
    directory, home = Path(directory).resolve(), Path(home).expanduser().absolute()
    manifest = read_manifest(directory)
    _check_target(home, database, overwrite)
    runtime = runtime or server.Runtime()
    java, lib = server.find_java(runtime), server.ensure_jars(runtime=runtime)
    for sub in ("conf", "data", "logs", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    conf = home / "conf" / "neo4j.conf"
    if not conf.exists():  # a new home: the conf its server will start with
        conf.write_text(server.render_conf(server.ServerConfig(home, port)), encoding="utf-8")
    log = home / "logs" / "import.log"
    report = home / "logs" / "import.report"
    cmd = import_command(
        java, lib, directory, manifest, database=database, report=report, memory=memory
    )
    t0 = time.monotonic()
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.run(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=server.child_env(runtime, home),
            cwd=home,
            check=False,
        )
    if proc.returncode != 0:
        tail = [ln for ln in log.read_text(encoding="utf-8", errors="replace").splitlines() if ln]
        raise ServerError(
            f"neo4j-admin import failed (exit {proc.returncode}): "
            + (tail[-1][:300] if tail else "no output")
            + f"; see {log}"
        )
    files = manifest.get("files", [])
    return ImportSummary(
        directory,
        home,
        nodes=sum(e["rows"] for e in files if e["kind"] == "nodes"),
        relationships=sum(e["rows"] for e in files if e["kind"] != "nodes"),
        rows=int(manifest.get("rows") or 0),
        import_seconds=time.monotonic() - t0,
    )


def bulk_load(
    directory: str | Path,
    home: str | Path,
    *,
    password: str | None,
    settings: Any = None,
    port: int = 7687,
    http_port: int | None = None,
    overwrite: bool = False,
    runtime: Any = None,
    quiet: bool = False,
    timeout: float = 180.0,
    on_started: Callable[[Any], None] | None = None,
    memory: str = "1G",
) -> ImportSummary:
    """:func:`import_dir`, then start the server, apply the schema and wait for its indexes.

    ``settings`` (a :class:`graphbuild.neo4j.loader.Neo4jSettings`) says how to reach the
    started server (default: its URI, user ``neo4j`` and ``password``); ``on_started``
    is called with the server's status as soon as it answers; ``memory`` is the importer's
    ``--max-off-heap-memory`` (its JVM heap is the same size)."""
    from . import server
    from .loader import Neo4jSettings, connect

    summary = import_dir(
        directory,
        home,
        overwrite=overwrite,
        port=port,
        runtime=runtime,
        database=getattr(settings, "database", "neo4j"),
        memory=memory,
    )
    t0 = time.monotonic()
    st = server.start(
        summary.home,
        port,
        password=password,
        http_port=http_port,
        timeout=timeout,
        quiet=quiet,
        runtime=runtime,
    )
    summary.start_seconds, summary.uri = time.monotonic() - t0, st.uri
    if on_started is not None:
        on_started(st)
    settings = settings or Neo4jSettings(uri=st.uri, password=password or "")
    with connect(settings) as driver:
        _finish(summary, read_manifest(summary.directory), settings, driver, timeout)
    return summary


def schema_statements() -> list[str]:
    """``schema.cypher``'s statements, the indexes first: the server builds an index in the
    background, while a constraint's statement waits for its own index, so the indexes
    are built during the constraints' waits (and the empty-list pass) instead of after."""
    from .loader import cypher_dir, read_statements

    statements = read_statements(cypher_dir() / "schema.cypher")
    return sorted(statements, key=lambda st: " CONSTRAINT " in f" {st.upper()} ")


def _finish(
    summary: ImportSummary, manifest: Mapping[str, Any], settings: Any, driver: Any, timeout: float
) -> None:
    """After the import, on the started server: the schema, the empty lists, the indexes."""
    from .loader import _run_statements, await_indexes

    t0 = time.monotonic()
    _run_statements(driver, settings, schema_statements(), "schema.cypher")
    t1 = time.monotonic()
    fill_empty_lists(manifest, settings, driver=driver)
    t2 = time.monotonic()
    await_indexes(settings, driver=driver, timeout=max(timeout, 600.0))
    summary.schema_seconds, summary.fill_seconds = t1 - t0, t2 - t1
    summary.index_seconds = time.monotonic() - t2


#: Nodes per inner transaction of the empty-list pass.
FILL_BATCH = 20_000


def fill_empty_lists(manifest: Mapping[str, Any], settings: Any, *, driver: Any) -> int:
    """Set the empty lists the importer left out (``cypher/bulk_empty_lists.cypher``) on the
    labels of the manifest's node files, one pass per label for all its keys; return how
    many properties were set."""
    from .loader import cypher_dir, read_statements, translated

    (template,) = read_statements(cypher_dir() / "bulk_empty_lists.cypher")
    done = 0
    with (
        translated(settings, "bulk_empty_lists.cypher"),
        driver.session(database=settings.database) as session,
    ):
        for entry in manifest.get("files", []):
            if entry.get("kind") != "nodes" or not entry.get("empty_lists"):
                continue
            label = entry.get("name")
            keys = [str(k) for k in entry["empty_lists"]]
            stmt = empty_lists_statement(template, label)
            result = session.run(stmt, keys=keys, batch=FILL_BATCH)
            done += result.consume().counters.properties_set
    return done


def empty_lists_statement(template: str, label: Any) -> str:
    """``bulk_empty_lists.cypher``'s statement for one label of the schema's allow-list (any
    other is refused here, where it is written in): written in, because 5.26 plans a label
    given as a parameter as a scan of every node."""
    import re

    from ..schema import labels

    if label not in labels() or not re.fullmatch(r"\w+", str(label)):
        raise InputError(f"{MANIFEST}: {label!r} is not a label of the schema")
    if "`{label}`" not in template:
        raise InputError("bulk_empty_lists.cypher: no `{label}` to write the label into")
    return template.replace("`{label}`", f"`{label}`")
