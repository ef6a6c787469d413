"""`graphbuild run --formats ...,neo4j-admin`: the run writes OUT/neo4j-admin/, the files
`graphbuild export --format neo4j-admin DIR OUT/graph.json` writes from that run's graph.json,
the same names and the same bytes (no server needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

from ._helpers import ROOT

runner = CliRunner()
DEV = [str(ROOT / "eval" / "dev" / "articles"), str(ROOT / "eval" / "dev2" / "articles")]


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


@pytest.mark.parametrize("threshold", ["0", "0.9"])
def test_run_writes_the_bytes_export_writes_from_its_graph_json(tmp_path, threshold):
    out = tmp_path / "out"
    args = ["run", *DEV, str(ROOT / "seeds"), "-o", str(out), "-q", "-j", "1"]
    res = runner.invoke(
        app, [*args, "--min-confidence", threshold, "--formats", "json,neo4j-admin"]
    )
    assert res.exit_code == 0, res.output
    assert (out / "neo4j-admin").is_symlink()  # one of the run's set, published with it
    exported = tmp_path / "exported"
    res = runner.invoke(app, ["export", str(exported), str(out / "graph.json"), "-q"])
    assert res.exit_code == 0, res.output
    written, expected = _files(out / "neo4j-admin"), _files(exported)
    assert list(written) == list(expected) and "nodes_Official.csv" in written
    for name, data in expected.items():
        assert written[name] == data, name
    # the reference: the tables built whole in memory, then written (the export's first writer)
    from graphbuild.graph import read_graph_json
    from graphbuild.neo4j.bulk import admin_tables, write_tables
    from graphbuild.neo4j.loader import graph_rows

    rows = graph_rows(read_graph_json(out / "graph.json"))
    total = sum(len(v) for k, v in rows.items() if not k.startswith("_"))
    write_tables(admin_tables(rows), tmp_path / "reference", rows=total)
    assert _files(tmp_path / "reference") == expected


def test_a_second_run_replaces_the_directory_with_the_rest_of_the_set(tmp_path):
    out = tmp_path / "out"
    seeds = str(ROOT / "seeds")
    for formats in ("json,neo4j-admin", "json"):
        res = runner.invoke(app, ["run", seeds, "-o", str(out), "-q", "--formats", formats])
        assert res.exit_code == 0, res.output
        assert (out / "neo4j-admin" / "manifest.json").is_file() == ("neo4j-admin" in formats)
    assert not (out / "neo4j-admin").exists() and (out / "graph.json").is_file()


def test_a_directory_in_the_way_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    (out / "neo4j-admin").mkdir(parents=True)  # say, an earlier 'export' into it
    res = runner.invoke(
        app, ["run", str(ROOT / "seeds"), "-o", str(out), "--formats", "json,neo4j-admin"]
    )
    assert res.exit_code == 2 and "neo4j-admin: cannot write" in res.output
    assert not (out / "graph.json").exists()


def test_a_cluster_run_refuses_the_format_and_says_how_to_export(tmp_path):
    args = ["run", str(ROOT / "seeds"), "-o", str(tmp_path / "o"), "--scheduler", "local:2"]
    res = runner.invoke(app, [*args, "--formats", "json,neo4j-admin"])
    assert res.exit_code == 2 and "graphbuild export --format neo4j-admin" in res.output
    assert not (tmp_path / "o").exists()
