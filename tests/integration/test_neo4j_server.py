"""The local server: the one the suite runs against, and a full start/stop cycle of a second one."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from urllib.parse import urlparse

import pytest

from graphbuild.errors import ServerError
from graphbuild.neo4j import server
from graphbuild.neo4j.loader import Neo4jSettings, connect

pytestmark = pytest.mark.integration


def test_the_suite_server_is_a_pinned_5_26(settings, driver):
    u = urlparse(settings.uri)
    assert server.bolt_answers(u.hostname, u.port or 7687)
    info = driver.get_server_info()
    if u.hostname in ("127.0.0.1", "localhost"):
        assert info.agent == f"Neo4j/{server.NEO4J_VERSION}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(
        item.split("=", 1) for item in raw.decode("utf-8", "replace").split("\0") if "=" in item
    )


def test_start_status_stop_cycle(tmp_path):
    home, port, password = tmp_path / "neo4j", _free_port(), "cycle-password-1"
    # what the CLI passes: the caller's environment, here one that holds the password
    runtime = server.Runtime.from_env(
        {**os.environ, "NEO4J_PASSWORD": password, "GRAPHBUILD_CYCLE_MARK": "1"}
    )
    try:
        st = server.start(
            home, port, password=password, heap="256m", pagecache="64m", quiet=True, runtime=runtime
        )
        assert st.up and st.running and st.uri == f"bolt://127.0.0.1:{port}"
        env = _environ(st.pid)  # the running JVM's own environment
        assert "NEO4J_PASSWORD" not in env and password not in "\0".join(env.values())
        assert env["GRAPHBUILD_CYCLE_MARK"] == "1" and env["NEO4J_HOME"] == str(
            home
        )  # the rest is inherited
        assert (home / "run" / "neo4j.pid").read_text().strip() == str(st.pid)
        assert (home / "logs" / "console.log").exists()
        again = server.start(home, port, password=password, quiet=True)  # no-op
        assert again.pid == st.pid
        with pytest.raises(ServerError, match="already running"):
            server.start(home, _free_port(), password=password, quiet=True)
        with pytest.raises(ServerError, match="does not match"):
            server.start(home, port, password="another-password", quiet=True)
        with connect(Neo4jSettings(uri=st.uri, password=password)) as drv:
            assert drv.execute_query("RETURN 1 AS x").records[0]["x"] == 1
        assert server.status(home).up
    finally:
        stopped = server.stop(home)
    assert stopped
    after = server.status(home, port)
    assert not after.up and not after.running
    assert server.stop(home) is False
