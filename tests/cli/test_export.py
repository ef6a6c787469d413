"""`graphbuild export --format neo4j-admin DIR PATHS...`: the files, the summary line,
and one error line for a bad format or bad input (no server needed)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from graphbuild.cli import app

from ._helpers import ROOT

runner = CliRunner()


def test_export_writes_the_csv_files_and_the_manifest(tmp_path):
    out = tmp_path / "admin"
    res = runner.invoke(app, ["export", "--format", "neo4j-admin", str(out), str(ROOT / "seeds")])
    assert res.exit_code == 0, res.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    files = {e["file"] for e in manifest["files"]}
    assert "nodes_Article.csv" in files and all((out / f).is_file() for f in files)
    assert "graphbuild neo4j import" in res.output  # the next step, on stderr


def test_export_refuses_an_unknown_format_and_unreadable_input(tmp_path):
    res = runner.invoke(app, ["export", "--format", "parquet", str(tmp_path / "o"), str(ROOT)])
    assert res.exit_code == 2 and "unknown export format 'parquet'" in res.output
    assert not (tmp_path / "o").exists()
    res = runner.invoke(app, ["export", str(tmp_path / "o"), str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "error:" in res.output
