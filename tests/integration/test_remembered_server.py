"""A newcomer's first hour: `graphbuild neo4j start` once, then every command finds that server.

The real CLI as subprocesses, a second real Neo4j on a free port in a tmp home, the
state directory in a tmp dir, and no NEO4J_* variable but the password.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "remembered-server-pw-1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def newcomer(tmp_path):
    """A working directory with seeds/, a private state dir and an environment without NEO4J_URI."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copytree(ROOT / "seeds", work / "seeds")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_PASSWORD=PASSWORD, XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("GRAPHBUILD_QUERIES_DIR", None)
    home = work / "neo-home"
    yield work, env, tmp_path / "state" / "graphbuild" / "neo4j-server.json"
    # whatever happened, the second server does not outlive the test
    subprocess.run(
        [sys.executable, "-m", "graphbuild.neo4j.server", "stop", "--home", str(home)],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def graphbuild(
    work: Path, env: dict, *args: str, timeout: float = 300
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "graphbuild", *args],
        cwd=work,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_start_once_then_no_flags(newcomer):
    work, env, state_file = newcomer
    port = _free_port()

    res = graphbuild(work, env, "neo4j", "start", "--port", str(port), "--home", "./neo-home")
    assert res.returncode == 0, res.stderr
    uri = f"bolt://127.0.0.1:{port}"
    assert uri in res.stdout
    record = json.loads(state_file.read_text(encoding="utf-8"))
    assert record == {"uri": uri, "home": str(work / "neo-home")}
    assert PASSWORD not in state_file.read_text(encoding="utf-8")
    pid = res.stdout.split(" pid ")[1].split()[0]

    # same home, no --port: a no-op on the running server, on the port it runs on
    res = graphbuild(work, env, "neo4j", "start", "--home", "./neo-home")
    assert res.returncode == 0, res.stderr
    assert uri in res.stdout and f" pid {pid} " in res.stdout

    res = graphbuild(work, env, "neo4j", "status")
    assert res.returncode == 0, res.stderr
    assert uri in res.stdout and " up " in res.stdout

    res = graphbuild(work, env, "schema")
    assert res.returncode == 0, res.stderr
    assert uri in res.stderr

    res = graphbuild(work, env, "load", "seeds/")
    assert res.returncode == 0, res.stderr
    assert f"loaded into {uri}" in res.stderr and "created" in res.stderr

    res = graphbuild(work, env, "query", "--list")
    assert res.returncode == 0, res.stderr
    assert "top_meeters" in res.stdout

    res = graphbuild(work, env, "query", "top_meeters")
    assert res.returncode == 0, res.stderr
    assert "top_meeters" in res.stdout and "rows" in res.stdout

    res = graphbuild(work, env, "query", "top_meeters", "-f", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows, "the seed article has officials who met"

    res = graphbuild(work, env, "run", "seeds/", "--neo4j", "--out", "out")
    assert res.returncode == 0, res.stderr
    assert f"loaded into {uri}" in res.stderr
    assert "nothing changed" in res.stderr  # the same seeds again: an idempotent reload

    for out in (res.stdout, res.stderr):
        assert PASSWORD not in out

    res = graphbuild(work, env, "neo4j", "stop")
    assert res.returncode == 0, res.stderr
    assert "stopped" in res.stdout
    assert not state_file.exists()  # forgotten with the server

    res = graphbuild(work, env, "neo4j", "status", "--home", "./neo-home")
    assert res.returncode == 6, res.stdout + res.stderr
    assert " down " in res.stdout


def test_a_prompted_password_reaches_the_server(settings, monkeypatch):
    """On a terminal the password is asked for (hidden) and used;
    without one, exit 7 (tests/cli)."""
    from typer.testing import CliRunner

    import graphbuild.cli_neo4j as cli_neo4j
    from graphbuild.cli import app

    monkeypatch.delenv("NEO4J_PASSWORD")
    monkeypatch.setattr(cli_neo4j, "_stdin_is_tty", lambda: True)
    res = CliRunner().invoke(
        app,
        ["query", "top_meeters", "-f", "json", "--uri", settings.uri],
        input=settings.password + "\n",
    )
    assert res.exit_code == 0, res.output
    assert settings.password not in res.output
    monkeypatch.setattr(cli_neo4j, "_stdin_is_tty", lambda: False)
    res = CliRunner().invoke(app, ["query", "top_meeters", "--uri", settings.uri])
    assert res.exit_code == 7 and "NEO4J_PASSWORD" in res.output
