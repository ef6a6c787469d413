"""The bulk path and the loader's batch plan without a database: CSV fields and files, the
tables the load files would write, the manifest, the import command, and batches that
concurrent writers can run without sharing a node."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from graphbuild.errors import InputError
from graphbuild.graph import build_graph
from graphbuild.neo4j.bulk import (
    ARRAY_DELIMITER,
    Table,
    admin_tables,
    csv_field,
    export_rows,
    import_command,
    read_manifest,
    write_tables,
)
from graphbuild.neo4j.loader import graph_rows, load_order, plan_batches, row_keys
from sample_data import BORIS, sample_extractions

TRICKY = [
    'say "no", then go',
    "line one\nline two",
    "cr\r\nlf",
    'back\\slash \\"',
    "قال، «نعم»؛",
    "",
]


def test_csv_fields_are_quoted_rfc4180_and_none_is_empty():
    assert csv_field(None) == ""
    assert csv_field('a "b"') == '"a ""b"""'
    assert csv_field("back\\") == '"back\\"'  # a backslash is just a character
    assert csv_field(["x", "y"]) == f'"x{ARRAY_DELIMITER}y"'
    assert (csv_field(3), csv_field(0.85), csv_field(True)) == ("3", "0.85", "true")
    with pytest.raises(InputError, match="U\\+001F"):
        csv_field(["a\x1fb"])
    with pytest.raises(InputError):
        csv_field(float("nan"))


def test_tables_hold_what_the_load_files_write_on_an_empty_database():
    tables = {t.name: t for t in admin_tables(graph_rows(build_graph(sample_extractions())))}
    assert [t.kind for t in tables.values()][:5] == ["nodes"] * 5  # nodes before relationships
    boris = tables["Official"].records[BORIS]
    assert tables["Official"].labels == ("Official", "Entity")
    assert boris["aliases"] == sorted(boris["aliases"]) and boris["name"] not in boris["aliases"]
    assert boris["aliases_text"] == " | ".join(boris["aliases"])
    assert boris["search_text"] == " | ".join(boris["search_terms"])
    assert tables["Official"].spaces == ("Entity",) and tables["SAID"].spaces == (
        "Entity",
        "Statement",
    )
    assert set(tables) >= {"Article", "Statement", "MET_WITH", "REPORTED_IN", "MENTIONED_IN"}


def test_a_later_row_of_the_same_key_wins_like_a_later_set():
    rows = {name: [] for name in load_order()}
    rows["mentions"] = [
        {"statement": "S1", "entity": "Country:X", "article_id": "a1"},
        {"statement": "S1", "entity": "Country:X", "article_id": "a2"},
    ]
    (ments,) = admin_tables(rows)
    assert list(ments.records.values()) == [
        {":START_ID": "S1", ":END_ID": "Country:X", "article_id": "a2"}
    ]


def test_files_read_back_with_every_character_and_their_types(tmp_path):
    t = Table("relationships", "MET_WITH", (), ("Entity", "Entity"))
    for i, text in enumerate(TRICKY):
        t.put(i, {":START_ID": f"s{i}", ":END_ID": "t", "evidence": text, "start": i, "c": 0.5})
    summary = write_tables([t], tmp_path, rows=len(TRICKY))
    assert summary.relationships == {"MET_WITH": len(TRICKY)}
    with open(tmp_path / t.file, encoding="utf-8", newline="") as fh:
        head, *body = list(csv.reader(fh))
    assert head == [
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        "evidence:string",
        "start:long",
        "c:double",
        ":TYPE",
    ]
    assert [r[2] for r in body] == TRICKY and {r[5] for r in body} == {"MET_WITH"}
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"][0]["multiline"] is True  # the importer is told
    assert manifest["rows"] == len(TRICKY)


def test_empty_lists_are_named_in_the_manifest_and_none_is_left_out(tmp_path):
    t = Table("nodes", "Official", ("Official", "Entity"), ("Entity",))
    t.put("a", {"id": "a", "aliases": [], "title": None})
    t.put("b", {"id": "b", "aliases": ["x", "y"], "title": "t"})
    write_tables([t], tmp_path)
    entry = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["files"][0]
    assert entry["empty_lists"] == ["aliases"]
    lines = (tmp_path / t.file).read_text(encoding="utf-8").splitlines()
    assert lines[1] == f'"a","",,"Official{ARRAY_DELIMITER}Entity"'
    t.put("c", {"id": "c", "aliases": None})
    with pytest.raises(InputError, match="cannot tell them apart"):
        write_tables([t], tmp_path)


def test_a_column_of_two_types_is_refused(tmp_path):
    t = Table("nodes", "Article", ("Article",), ("Article",))
    t.put("a", {"id": "a", "x": 1})
    t.put("b", {"id": "b", "x": 1.5})
    with pytest.raises(InputError, match="mixes double and long"):
        write_tables([t], tmp_path)


def test_manifest_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="manifest.json: no such file"):
        read_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a graphbuild-neo4j-admin/1 manifest"):
        read_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text(
        json.dumps({"format": "graphbuild-neo4j-admin/1", "files": [{"file": "../x.csv"}]}),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="not in"):
        read_manifest(tmp_path)


def test_import_command_puts_the_database_before_the_file_lists(tmp_path):
    export_rows(graph_rows(build_graph(sample_extractions())), tmp_path)
    manifest = read_manifest(tmp_path)
    cmd = import_command("java", Path("/lib"), tmp_path, manifest, database="neo4j")
    assert cmd[cmd.index("full") + 1] == "neo4j"
    files = [a for a in cmd if a.startswith(("--nodes=", "--relationships="))]
    assert len(files) == len(manifest["files"]) and cmd[-1] in files
    assert "--array-delimiter=U+001F" in cmd and "--overwrite-destination=true" in cmd
    assert "--multiline-fields=true" not in cmd  # no line break in the sample's values
    manifest["files"][0]["multiline"] = True
    assert "--multiline-fields=true" in import_command("java", Path("/l"), tmp_path, manifest)


# --------------------------------------------------------------------------- batch plan
def _random_rows(name: str, rng: random.Random, n: int) -> list[dict[str, str]]:
    ids = [f"n{i}" for i in range(40)]  # few ids: many rows share nodes
    return [{k: rng.choice(ids) for k in row_keys(name)} | {"i": str(i)} for i in range(n)]


@pytest.mark.parametrize("name", ["entities_official", "rel_met_with", "said", "mentioned_in"])
def test_batches_with_disjoint_buckets_never_share_a_node(name):
    rng = random.Random(7)
    rows = _random_rows(name, rng, 500)
    items = plan_batches(name, rows, 30, writers=2)
    assert sorted(r["i"] for it in items for r in it.rows) == sorted(r["i"] for r in rows)
    assert all(len(it.rows) <= 30 for it in items)
    nodes = [{r[k] for r in it.rows for k in row_keys(name)} for it in items]
    pairs = [
        (a, b)
        for a in range(len(items))
        for b in range(a)
        if not items[a].buckets & items[b].buckets
    ]
    assert pairs  # some batches can run at once
    assert all(not nodes[a] & nodes[b] for a, b in pairs)


def test_one_writer_keeps_the_row_order():
    rows = [{"id": f"n{i}"} for i in range(7)]
    items = plan_batches("articles", rows, 3, writers=1)
    assert [r["id"] for it in items for r in it.rows] == [r["id"] for r in rows]
    assert [len(it.rows) for it in items] == [3, 3, 1]
    with pytest.raises(InputError):
        plan_batches("articles", rows, 0, writers=1)


def test_the_load_command_defaults_are_the_loaders():
    import inspect

    from graphbuild.cli_neo4j import load
    from graphbuild.neo4j.loader import DEFAULT_BATCH_SIZE, DEFAULT_WRITERS

    params = inspect.signature(load).parameters
    assert params["batch_size"].default == DEFAULT_BATCH_SIZE
    assert params["writers"].default == DEFAULT_WRITERS


def test_the_drivers_retry_warnings_are_counted_not_printed():
    import logging

    from graphbuild.neo4j.loader import LoadSummary, _counting_retries

    log = logging.getLogger("neo4j.session")
    with _counting_retries() as counter:
        assert not log.filter(
            log.makeRecord(
                "neo4j.session",
                logging.WARNING,
                "",
                0,
                "Transaction failed and will be retried in %ss (%s)",
                (1.0, "deadlock"),
                None,
            )
        )
        assert log.filter(
            log.makeRecord("neo4j.session", logging.WARNING, "", 0, "other", (), None)
        )
    assert counter.count == 1
    assert log.filter(
        log.makeRecord("neo4j.session", logging.WARNING, "", 0, "will be retried", (), None)
    )  # removed after the load
    assert "2 batches retried" in LoadSummary(nodes_created=1, retried=2).line()


def test_the_scheduler_never_hands_out_two_batches_whose_buckets_meet():
    from graphbuild.neo4j.loader import WorkItem, _Scheduler

    a, b, c = (WorkItem("x", frozenset(s), []) for s in ({0, 1}, {1, 2}, {3}))
    sched = _Scheduler([a, b, c])
    assert sched.take() is a
    assert sched.take() is c  # b meets a on bucket 1: it waits
    sched.release(a)
    assert sched.take() is b
    sched.stop()  # a writer failed, or Ctrl-C: no new batch
    sched.pending.append(a)
    assert sched.take() is None


# --------------------------------------------------------------------------- column writer
def test_a_column_is_formatted_as_csv_field_formats_each_value():
    from graphbuild.neo4j.bulk import _formatted

    columns = {
        "string": [*TRICKY, None],
        "string[]": [["x", 'y "q"'], [], ["", "z"], ["\n"], None],
        "long": [0, -3, 10**12, None],
        "double": [0.85, 1e-7, -2.0, None],
        "boolean": [True, False, None],
    }
    for ctype, values in columns.items():
        assert _formatted(values, ctype) == [csv_field(v) for v in values], ctype


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["a\x1fb"], "U\\+001F"),
        (["a", "b\x1f"], "U\\+001F"),
        ([1, 2], "list of non-strings"),
        (float("inf"), "cannot be written"),
        ({"a": 1}, "holds a dict"),
    ],
)
def test_the_table_writer_refuses_what_the_format_cannot_hold(tmp_path, value, message):
    t = Table("nodes", "Article", ("Article",), ("Article",))
    t.put("a", {"id": "a", "x": value})
    with pytest.raises(InputError, match=message):
        write_tables([t], tmp_path)


def test_every_record_is_one_line_and_a_line_break_in_a_value_is_flagged(tmp_path):
    t = Table("nodes", "Article", ("Article",), ("Article",))
    for i in range(5):
        t.put(i, {"id": f"a{i}", "title": f"t{i}", "n": i})
    write_tables([t], tmp_path)
    lines = (tmp_path / t.file).read_text(encoding="utf-8").splitlines()
    assert lines == ["id:ID(Article),title:string,n:long,:LABEL"] + [
        f'"a{i}","t{i}",{i},"Article"' for i in range(5)
    ]
    assert json.loads((tmp_path / "manifest.json").read_text())["files"][0]["multiline"] is False
    t.put(9, {"id": "a9", "title": "cr\ronly", "n": 9})
    write_tables([t], tmp_path)
    assert json.loads((tmp_path / "manifest.json").read_text())["files"][0]["multiline"] is True


def test_the_schema_runs_indexes_first_and_every_statement_once():
    from graphbuild.neo4j.bulk import schema_statements
    from graphbuild.neo4j.loader import cypher_dir, read_statements

    ordered = schema_statements()
    assert sorted(ordered) == sorted(read_statements(cypher_dir() / "schema.cypher"))
    kinds = ["CONSTRAINT" in s.upper() for s in ordered]
    assert kinds == sorted(kinds) and any(kinds) and not all(kinds)  # indexes, then constraints


def test_the_import_summary_adds_up_its_steps():
    from graphbuild.neo4j.bulk import ImportSummary

    s = ImportSummary(Path("d"), Path("h"), import_seconds=2, start_seconds=3, fill_seconds=1)
    s.schema_seconds, s.index_seconds = 4, 0.5
    assert list(s.steps()) == ["import", "start", "schema", "empty lists", "indexes"]
    assert s.seconds == 10.5


def test_the_importer_memory_sets_its_heap_and_off_heap_and_is_checked(tmp_path):
    from graphbuild.cli_neo4j import _memory_size

    export_rows(graph_rows(build_graph(sample_extractions())), tmp_path)
    cmd = import_command("java", Path("/l"), tmp_path, read_manifest(tmp_path), memory="4G")
    assert "-Xmx4g" in cmd and "--max-off-heap-memory=4G" in cmd
    assert _memory_size(" 512m ") == "512M"
    for bad in ("70%", "0G", "4", "4 G", "-1G"):
        with pytest.raises(InputError, match="--memory"):
            _memory_size(bad)


# --------------------------------------------------------------------------- streamed writer
def _reference(rows, directory: Path) -> dict[str, bytes]:
    """The files of the first writer: the tables built whole in memory, then written."""
    total = sum(len(v) for k, v in rows.items() if not k.startswith("_"))
    write_tables(admin_tables(rows), directory, rows=total)
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def _exported(rows, directory: Path) -> dict[str, bytes]:
    export_rows(rows, directory)
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.mark.parametrize("chunk", [3, 50_000])
def test_the_streamed_writer_writes_the_bytes_of_the_tables(tmp_path, dev_dir, chunk, monkeypatch):
    from graphbuild.neo4j import bulk
    from graphbuild.pipeline import extract
    from graphbuild.sources import read_articles

    monkeypatch.setattr(bulk, "_CHUNK", chunk)  # 3: keys equal across chunks, headers redone
    g = build_graph(extract(read_articles([dev_dir / "articles", dev_dir.parent.parent / "seeds"])))
    rows = graph_rows(g)
    assert rows["said"] and rows["entities_official"]
    assert _exported(rows, tmp_path / "new") == _reference(rows, tmp_path / "ref")


def _tricky_rows() -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {name: [] for name in load_order()}
    rows["articles"] = [
        {"id": f"a{i}", "title": t, "url": None, "published": None if i < 4 else "2024-01-0{i}"}
        for i, t in enumerate(TRICKY)
    ]  # `published` empty in the first chunks, a text later: its header is only known then
    rows["mentions"] = [
        {"statement": "S1", "entity": "Country:X", "article_id": "a1"},
        {"statement": "S1", "entity": "Country:X", "article_id": "a2"},  # replaces the first
        {"statement": "S2", "entity": "Country:X", "article_id": "a3"},
    ]
    return rows


def test_equal_keys_later_types_and_line_breaks_stream_as_the_tables(tmp_path, monkeypatch):
    from graphbuild.neo4j import bulk

    monkeypatch.setattr(bulk, "_CHUNK", 2)
    rows = _tricky_rows()
    new = _exported(rows, tmp_path / "new")
    assert new == _reference(rows, tmp_path / "ref")
    assert new["nodes_Article.csv"].startswith(b"id:ID(Article),title:string,url:string,")
    assert new["relationships_MENTIONS.csv"].count(b"\n") == 3  # header, S1 (a2), S2


def test_rows_out_of_key_order_are_written_through_the_tables(tmp_path, monkeypatch):
    from graphbuild.neo4j import bulk

    monkeypatch.setattr(bulk, "_CHUNK", 2)
    rows = _tricky_rows()
    rows["mentions"].append({"statement": "S1", "entity": "Country:X", "article_id": "a9"})
    rows["articles"].reverse()
    new = _exported(rows, tmp_path / "new")
    assert new == _reference(rows, tmp_path / "ref")
    assert b'"S1","Country:X","a9"' in new["relationships_MENTIONS.csv"]  # the last S1 row won


@pytest.mark.parametrize(
    ("good", "bad", "message"),
    [
        (["a"], ["a\x1fb"], "U\\+001F"),
        (["a"], [1, 2], "list of non-strings"),
        (0.5, float("inf"), "cannot be written"),
        ({"a": 1}, {"a": 1}, "holds a dict"),
        (1, "late text", "mixes long and string"),
    ],
)
def test_the_streamed_writer_refuses_what_the_format_cannot_hold(
    tmp_path, monkeypatch, good, bad, message
):
    from graphbuild.neo4j import bulk

    monkeypatch.setattr(bulk, "_CHUNK", 2)  # the bad value comes after the file is begun
    rows: dict[str, list[dict]] = {name: [] for name in load_order()}
    rows["mentions"] = [
        {"statement": f"S{i}", "entity": "E", "article_id": good if i < 3 else bad}
        for i in range(5)
    ]
    with pytest.raises(InputError, match=message):
        export_rows(rows, tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing half-written is left


def test_the_streamed_writer_names_the_empty_lists_as_the_tables(tmp_path):
    rows: dict[str, list[dict]] = {name: [] for name in load_order()}
    row = {"name": "N", "aliases": [], "merges": [], "search_terms": ["n"], "confidence": 1.0}
    rows["entities_official"] = [{**row, "id": "a"}, {**row, "id": "b", "aliases": ["M"]}]
    new = _exported(rows, tmp_path / "new")
    assert new == _reference(rows, tmp_path / "ref")
    entry = json.loads(new["manifest.json"])["files"][0]
    assert entry["empty_lists"] == ["aliases", "merges"]


def test_the_empty_list_pass_names_its_label_and_refuses_a_label_outside_the_schema(tmp_path):
    from graphbuild.neo4j.bulk import empty_lists_statement, fill_empty_lists
    from graphbuild.neo4j.loader import Neo4jSettings, cypher_dir, read_statements

    (template,) = read_statements(cypher_dir() / "bulk_empty_lists.cypher")
    stmt = empty_lists_statement(template, "Official")
    assert stmt.startswith("MATCH (n:`Official`)") and "{label}" not in stmt
    assert "$label" not in stmt  # a parameter label is planned as a scan of every node
    with pytest.raises(InputError, match="no `\\{label\\}`"):
        empty_lists_statement("MATCH (n) RETURN n", "Official")
    manifest = {
        "files": [{"kind": "nodes", "name": "Official` SET n.x = 1 //", "empty_lists": ["a"]}]
    }
    with pytest.raises(InputError, match="not a label of the schema"):
        fill_empty_lists(manifest, Neo4jSettings(password="x"), driver=_NoSession())


class _NoSession:
    """A driver whose session may be opened but must not run anything."""

    def session(self, **_kw):
        import contextlib

        @contextlib.contextmanager
        def cm():
            yield self

        return cm()

    def run(self, *_a, **_kw):
        raise AssertionError("nothing may run for a label outside the schema")
