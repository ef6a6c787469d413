"""A real Neo4j started from a fresh home (issue 12, "Server lifecycle" and "Secrets and files").

The server is started here, by the test, on a free port (``GRAPHBUILD_TEST_RELIABILITY_PORT``
picks one) in a home the test creates, with NEO4J_PASSWORD and NEO4J_AUTH in the environment
it is given: like any integration test it needs Java and the server jars, and fails without them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from graphbuild.errors import ServerError
from graphbuild.neo4j import server

from .conftest import free_port, run

pytestmark = pytest.mark.integration

PASSWORD = "reliability-pw-1"


@pytest.fixture(scope="module")
def real_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("neo4j") / "fresh-home"
    port = int(os.environ.get("GRAPHBUILD_TEST_RELIABILITY_PORT") or free_port())
    env = {**os.environ, "NEO4J_PASSWORD": PASSWORD, "NEO4J_AUTH": f"neo4j/{PASSWORD}"}
    try:
        st = server.start(
            home,
            port,
            password=PASSWORD,
            heap="256m",
            pagecache="64m",
            quiet=True,
            timeout=300,
            runtime=server.Runtime.from_env(env),
        )
    except ServerError as err:
        server.stop(home)
        pytest.fail(f"could not start the Neo4j for the reliability tests: {err}")
    try:
        yield home, st
    finally:
        server.stop(home)


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(i.split("=", 1) for i in os.fsdecode(raw).split("\0") if "=" in i)


def test_java_gets_no_password_in_its_environment(real_server):
    home, st = real_server
    env = _environ(st.pid)
    assert env["NEO4J_HOME"] == str(home)  # it is the server's own environment
    assert "NEO4J_PASSWORD" not in env and "NEO4J_AUTH" not in env
    assert PASSWORD not in "\0".join(env.values())


def test_home_is_private_and_auth_ini_is_not_world_readable(real_server):
    home, _ = real_server
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    auth = home / "data" / "dbms" / "auth.ini"
    assert auth.is_file() and stat.S_IMODE(auth.stat().st_mode) & 0o077 == 0
    leaks = [
        p
        for p in (home / "data").rglob("*")
        if not p.is_symlink() and stat.S_IMODE(p.stat().st_mode) & 0o007
    ]
    assert leaks == []  # nothing in the store is open to other users


def test_status_of_another_home_is_down_although_the_server_answers(real_server, tmp_path):
    home, st = real_server
    port = int(st.uri.rsplit(":", 1)[1])
    assert server.status(home).up
    other = tmp_path / "other-home"
    assert not server.status(other, port).up
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    proc = run(["graphbuild", "neo4j", "status", "--home", other, "--port", port], env)
    assert proc.returncode == 6 and "down" in proc.stdout, proc.stdout + proc.stderr


def test_a_pid_file_naming_this_server_does_not_let_another_home_stop_it(real_server, tmp_path):
    home, st = real_server
    other = tmp_path / "other-home"
    (other / "run").mkdir(parents=True)
    (other / "run" / "neo4j.pid").write_text(f"{st.pid}\n")
    assert server.stop(other, timeout=5) is False
    assert server.status(home).up and server.status(home).pid == st.pid
