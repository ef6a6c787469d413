"""Failures at the Neo4j boundary against the real server: each maps to its graphbuild error,
exit code 4, and the password never shows."""

from __future__ import annotations

import socket
from urllib.parse import urlparse

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import (
    CypherError,
    Neo4jAuthError,
    Neo4jDatabaseError,
    Neo4jUnavailable,
    QueryNotFound,
)
from graphbuild.neo4j.loader import Neo4jSettings, apply_schema, connect, load_graph
from graphbuild.neo4j.queries import run_query

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _with(settings: Neo4jSettings, **changes) -> Neo4jSettings:
    return Neo4jSettings(
        **{
            **{
                "uri": settings.uri,
                "user": settings.user,
                "database": settings.database,
                "password": settings.password,
            },
            **changes,
        }
    )


def test_server_down(settings, sample_graph):
    down = _with(settings, uri=f"bolt://127.0.0.1:{_free_port()}")
    with pytest.raises(Neo4jUnavailable, match="cannot reach") as info:
        load_graph(sample_graph, down, quiet=True)
    assert settings.password not in str(info.value)
    with pytest.raises(Neo4jUnavailable):
        run_query("top_meeters", {}, down)


def test_wrong_password(settings):
    # one attempt only: three failures in a row lock the user for a few seconds
    bad = _with(settings, password=settings.password + "-wrong")
    with pytest.raises(Neo4jAuthError) as info, connect(bad):
        pass
    assert bad.password not in str(info.value) and settings.password not in str(info.value)


def test_unknown_user(settings):
    with pytest.raises(Neo4jAuthError, match="nobody"), connect(_with(settings, user="nobody")):
        pass


def test_unknown_database(settings, driver, sample_graph):
    nodb = _with(settings, database="no_such_db")
    with pytest.raises(Neo4jDatabaseError, match="no_such_db"):
        load_graph(sample_graph, nodb, driver=driver, quiet=True)
    with pytest.raises(Neo4jDatabaseError):
        run_query("top_meeters", {}, nodb, driver=driver)
    with pytest.raises(Neo4jDatabaseError):
        apply_schema(nodb, driver=driver)


def test_query_file_with_a_syntax_error(settings, driver, tmp_path):
    (tmp_path / "broken.cypher").write_text(
        "// description: broken\n// param x: anything\nMATCH (n) RETRUN $x;\n", encoding="utf-8"
    )
    with pytest.raises(CypherError, match="broken.cypher") as info:
        run_query("broken", {"x": 1}, settings, driver=driver, queries_dir=tmp_path)
    assert "syntax" in str(info.value).lower()
    with pytest.raises(QueryNotFound):
        run_query("missing", {}, settings, driver=driver, queries_dir=tmp_path)


def test_query_failing_at_run_time_is_a_cypher_error(settings, driver, tmp_path):
    (tmp_path / "div.cypher").write_text(
        "// description: fails\n// param x: a number\nRETURN 1 / $x AS y;\n", encoding="utf-8"
    )
    with pytest.raises(CypherError):
        run_query("div", {"x": 0}, settings, driver=driver, queries_dir=tmp_path)


def test_cli_exit_codes_and_no_password_in_output(settings, sample_graph, tmp_path, monkeypatch):
    runner = CliRunner()
    port = urlparse(settings.uri).port
    outputs = []

    res = runner.invoke(app, ["query", "top_meeters", "--uri", f"bolt://127.0.0.1:{_free_port()}"])
    assert res.exit_code == 4 and "cannot reach" in res.output
    outputs.append(res.output)

    res = runner.invoke(app, ["query", "top_meeters", "--database", "no_such_db"])
    assert res.exit_code == 4 and "no_such_db" in res.output
    outputs.append(res.output)

    res = runner.invoke(app, ["query", "nope"])
    assert res.exit_code == 2
    outputs.append(res.output)

    (tmp_path / "broken.cypher").write_text(
        "// description: broken\nRETURN RETURN;\n", encoding="utf-8"
    )
    res = runner.invoke(app, ["query", "broken", "--queries-dir", str(tmp_path)])
    assert res.exit_code == 4 and "broken.cypher" in res.output
    outputs.append(res.output)

    from graphbuild.graph import write_graph_json

    gj = tmp_path / "graph.json"
    write_graph_json(sample_graph, gj)
    res = runner.invoke(app, ["load", str(gj)])
    assert res.exit_code == 0, res.output
    assert "created" in res.output
    outputs.append(res.output)
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    outputs.append(res.output)

    monkeypatch.setenv("NEO4J_PASSWORD", settings.password + "-cli-wrong")
    res = runner.invoke(
        app, ["load", str(gj), "--uri", f"bolt://127.0.0.1:{port}", "--user", "nobody"]
    )
    assert res.exit_code == 4 and "authentication failed" in res.output
    outputs.append(res.output)
    for out in outputs:
        assert settings.password not in out
        assert "-cli-wrong" not in out


def test_cli_prompts_for_a_missing_password(settings, monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.setattr(
        "graphbuild.cli_neo4j._stdin_is_tty", lambda: True
    )  # CliRunner's stdin is no terminal
    res = CliRunner().invoke(
        app, ["query", "top_meeters", "-f", "json"], input=settings.password + "\n"
    )
    assert res.exit_code == 0, res.output
    assert settings.password not in res.output  # hidden input is not echoed
