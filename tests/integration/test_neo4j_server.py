"""The local server: the one the suite runs against, and a full start/stop cycle of a second one."""

from __future__ import annotations

import html
import http.client
import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from graphbuild.errors import ServerError
from graphbuild.neo4j import guide, guideserver, server
from graphbuild.neo4j.loader import Neo4jSettings, connect, load_graph
from graphbuild.neo4j.queries import list_queries, run_query
from sample_data import AQILA, BORIS, SARRAJ
from sockets import listening

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
        # without the Browser: Bolt alone, on 127.0.0.1; no HTTP listener, no guide server
        assert listening(st.pid) == {("127.0.0.1", port)}
        assert guideserver.running(home) is None and st.browser_url is None
        with pytest.raises(ServerError, match="without the Browser"):
            server.start(home, port, password=password, quiet=True, browser=True)
        assert guideserver.running(home) is None
    finally:
        stopped = server.stop(home)
    assert stopped
    after = server.status(home, port)
    assert not after.up and not after.running
    assert server.stop(home) is False


# --------------------------------------------------------------------------- Neo4j Browser
ROOT = Path(__file__).resolve().parents[2]


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphbuild", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )


def _http(port: int, path: str, origin: str | None = None) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Origin": origin} if origin else {})
        res = conn.getresponse()
        return res.status, dict(res.getheaders()), res.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_neo4j_start_browser_serves_the_browser_and_the_guide_on_loopback_only(tmp_path):
    home, bolt, http_port = tmp_path / "neo4j", _free_port(), _free_port()
    password = "browser-password-1"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(XDG_STATE_HOME=str(tmp_path / "state"), NEO4J_PASSWORD=password)
    env.pop("GRAPHBUILD_QUERIES_DIR", None)
    start = ["neo4j", "start", "--browser", "--home", str(home), "--port", str(bolt)]
    start += ["--http-port", str(http_port)]
    try:
        res = _cli(start, env)
        assert res.returncode == 0, res.stderr
        assert password not in res.stdout + res.stderr
        lines = res.stdout.splitlines()
        url = f"http://127.0.0.1:{http_port}/browser/?connectURL=bolt://127.0.0.1:{bolt}"
        assert f"browser: {url}" in lines
        guide_line = next(x for x in lines if x.startswith("guide: :play "))
        guide_url = guide_line.split(" ")[-1]
        guide_port = int(guide_url.split(":")[2].split("/")[0])
        assert guide_url == f"http://127.0.0.1:{guide_port}/graphbuild.html"
        st = server.status(home)
        assert st.up and st.browser_url == url and st.guide_url == guide_url
        # what listens: Bolt and HTTP from Java, the guide from its server, all on 127.0.0.1
        guide_pid = guideserver.running(home)
        assert guide_pid is not None
        assert listening(st.pid) == {("127.0.0.1", bolt), ("127.0.0.1", http_port)}
        assert listening(guide_pid) == {("127.0.0.1", guide_port)}
        assert "NEO4J_PASSWORD" not in _environ(guide_pid)  # like Java, it never sees it
        status, _h, body = _http(http_port, "/browser/")
        assert status == 200 and "<title>Neo4j Browser</title>" in body
        origin = f"http://127.0.0.1:{http_port}"
        status, headers, page = _http(guide_port, "/graphbuild.html", origin)
        assert status == 200 and headers["Access-Control-Allow-Origin"] == origin
        assert all(f'data-query="{q.name}"' in page for q in list_queries())
        with connect(Neo4jSettings(uri=st.uri, password=password)) as drv:
            conf = {
                r["name"]: r["value"]
                for r in drv.execute_query("CALL dbms.clientConfig()", database_="system").records
            }
        assert conf["browser.remote_content_hostname_whitelist"] == "127.0.0.1"
        assert conf["browser.post_connect_cmd"] == f"play {guide_url}"
        assert conf["dbms.security.auth_enabled"] == "true"  # auth stays on
        with pytest.raises(ServerError, match="does not match"):
            server.start(home, bolt, password="not-the-password", quiet=True, browser=True)
        # once more: nothing restarts, the same addresses
        again = _cli(start, env)
        assert again.returncode == 0, again.stderr
        assert f"browser: {url}" in again.stdout and guide_line in again.stdout
        assert server.status(home).pid == st.pid and guideserver.running(home) == guide_pid
        refreshed = _cli(["guide", "--home", str(home), "-q"], env)
        assert refreshed.returncode == 0 and refreshed.stdout.strip() == f":play {guide_url}"
    finally:
        stopped = _cli(["neo4j", "stop", "--home", str(home)], env)
    assert stopped.returncode == 0 and stopped.stdout.strip() == "stopped"
    assert guideserver.running(home) is None
    with pytest.raises(OSError):
        _http(guide_port, "/graphbuild.html")


def test_guide_examples_come_from_the_loaded_graph(settings, driver, sample_graph):
    queries = list_queries()
    empty = guide.graph_examples(queries, settings, driver)
    assert not empty.from_graph and empty.values == guide.default_examples(queries).values
    load_graph(sample_graph, settings, driver=driver, quiet=True)
    ex = guide.graph_examples(queries, settings, driver)
    assert ex.from_graph
    officials = {sample_graph.nodes[n]["name"] for n in (BORIS, AQILA, SARRAJ)}
    assert ex.values["who_met"]["official"] in officials
    assert run_query("who_met", ex.values["who_met"], settings).rows  # an example that answers
    assert ex.values["ego_network"]["depth"] == 2  # the others keep their defaults
    page = guide.guide_html(examples=ex)
    assert guide.cypher_literal(ex.values["who_met"]["official"]) in html.unescape(page)
