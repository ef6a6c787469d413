"""The main job and the page through the CLI, against the real server:
run --neo4j, render --query, neo4j status."""

from __future__ import annotations

import os

from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()


def count(driver, settings, cypher: str) -> int:
    records, _, _ = driver.execute_query(cypher, database_=settings.database)
    return records[0][0]


def test_run_with_neo4j_loads_the_graph(settings, driver, seeds_dir, tmp_path):
    res = runner.invoke(
        app, ["run", str(seeds_dir), "--out", str(tmp_path / "out"), "--neo4j", "--quiet"]
    )
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "graph.html").is_file()
    assert count(driver, settings, "MATCH (o:Official) RETURN count(o)") == 5
    assert count(driver, settings, "MATCH ()-[r:MET_WITH]->() RETURN count(r)") == 3
    assert settings.password not in res.output + res.stderr


def test_run_with_neo4j_is_idempotent(settings, driver, seeds_dir, tmp_path):
    for _ in range(2):
        res = runner.invoke(
            app, ["run", str(seeds_dir), "--out", str(tmp_path / "out"), "--neo4j", "--quiet"]
        )
        assert res.exit_code == 0, res.output
    assert count(driver, settings, "MATCH (n) RETURN count(n)") == count(
        driver, settings, "MATCH (n) RETURN count(DISTINCT n.id)"
    )
    assert count(driver, settings, "MATCH ()-[r:MET_WITH]->() RETURN count(r)") == 3


def test_run_with_neo4j_server_down_keeps_the_files(seeds_dir, tmp_path):
    res = runner.invoke(
        app,
        [
            "run",
            str(seeds_dir),
            "--out",
            str(tmp_path / "out"),
            "--neo4j",
            "--quiet",
            "--uri",
            "bolt://127.0.0.1:1",
        ],
    )
    assert res.exit_code == 4
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert (tmp_path / "out" / "graph.json").is_file()


def test_render_from_a_query(settings, driver, seeds_dir, tmp_path):
    assert runner.invoke(app, ["load", str(seeds_dir), "--quiet"]).exit_code == 0
    page = tmp_path / "ego.html"
    res = runner.invoke(
        app,
        [
            "render",
            "--query",
            "ego_network",
            "-p",
            "entity=باشاغا",
            "-p",
            "depth=1",
            "-o",
            str(page),
        ],
    )
    assert res.exit_code == 0, res.output
    html = page.read_text(encoding="utf-8")
    assert "فتحي باشاغا" in html and "الوفد المصري" in html


def test_render_unknown_query_exits_2(tmp_path):
    res = runner.invoke(app, ["render", "--query", "no_such_query", "-o", str(tmp_path / "p.html")])
    assert res.exit_code == 2 and "no_such_query" in res.stderr


def test_neo4j_status_cli(settings):
    port = settings.uri.rsplit(":", 1)[-1]
    home = os.environ.get(
        "GRAPHBUILD_TEST_NEO4J_HOME", os.path.expanduser("~/.local/share/graphbuild/neo4j-test")
    )
    res = runner.invoke(app, ["neo4j", "status", "--port", port, "--home", home])
    assert res.exit_code == 0, res.output
    assert "5.26" in res.output and "up" in res.output
