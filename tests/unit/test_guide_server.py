"""The guide server on its own (no Neo4j): 127.0.0.1 only, two files, CORS for the Browser's
origins only, and a pid that is trusted only when it is this home's guide server."""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphbuild.neo4j import guide, guideserver
from sockets import listening

ORIGIN = "http://127.0.0.1:7474"


def _get(port: int, path: str, origin: str | None = ORIGIN, method: str = "GET"):
    """(status, headers, body) of one request, retried while the child starts listening
    (its socket is bound before it starts, so connections queue until it accepts)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, headers={"Origin": origin} if origin else {})
        res = conn.getresponse()
        return res.status, dict(res.getheaders()), res.read()
    finally:
        conn.close()


def _serve(tmp_path: Path) -> tuple[Path, int]:
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    (home / "logs").mkdir()
    guide.write_guide(home / guideserver.GUIDE_DIR, "<p>the guide</p>")
    (tmp_path / "secret.txt").write_text("not to be served")
    env = {"PATH": os.defpath, "LANG": "C.UTF-8"}
    return home, guideserver.start(home, "127.0.0.1", None, [ORIGIN], env)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    home, port = _serve(tmp_path_factory.mktemp("guide"))
    yield home, port
    guideserver.stop(home)


def test_it_serves_the_guide_and_the_style_sheet_to_the_browser_only(served):
    home, port = served
    status, headers, body = _get(port, "/graphbuild.html")
    assert (status, body) == (200, b"<p>the guide</p>")
    assert headers["Access-Control-Allow-Origin"] == ORIGIN
    assert headers["Content-Type"].startswith("text/html")
    status, headers, body = _get(port, "/graphbuild.grass?x=1")
    assert status == 200 and body.decode() == guide.grass()
    status, headers, _ = _get(port, "/graphbuild.html", origin="http://evil.example")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, _ = _get(port, "/graphbuild.html", method="OPTIONS")
    assert status == 204 and headers["Access-Control-Allow-Origin"] == ORIGIN


@pytest.mark.parametrize("path", ["/", "/../secret.txt", "/%2e%2e/secret.txt", "/guide.pid", "/x"])
def test_nothing_else_is_served(served, path):
    _home, port = served
    status, _headers, body = _get(port, path)
    assert status == 404 and b"not to be served" not in body


def test_it_listens_on_loopback_only_and_stops_with_its_home(tmp_path):
    home, port = _serve(tmp_path)
    try:
        pid = guideserver.running(home)
        assert pid is not None
        assert listening(pid) == {("127.0.0.1", port)}
    finally:
        stopped = guideserver.stop(home)
    assert stopped is True
    assert guideserver.running(home) is None and guideserver.stop(home) is False
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not Path(f"/proc/{pid}").exists() or b"guideserver" not in _cmdline(pid)


def test_a_pid_file_naming_another_process_is_not_trusted(tmp_path):
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (home / "run" / "guide.pid").write_text(f"{other.pid}\n")
        assert guideserver.running(home) is None
        assert guideserver.stop(home) is False
        assert other.poll() is None  # still alive: never signalled
    finally:
        other.kill()
        other.wait()


def test_another_homes_guide_server_is_not_this_homes(served, tmp_path):
    home, _port = served
    mine = tmp_path / "mine"
    (mine / "run").mkdir(parents=True)
    (mine / "run" / "guide.pid").write_text((home / "run" / "guide.pid").read_text())
    assert guideserver.running(mine) is None
    assert guideserver.stop(mine) is False
    assert guideserver.running(home) is not None


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def test_a_request_naming_another_host_is_not_answered(served):
    # DNS rebinding: a page of evil.example whose name now resolves to 127.0.0.1
    home, port = served
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", "/graphbuild.html", headers={"Host": f"evil.example:{port}"})
        res = conn.getresponse()
        assert res.status == 404 and b"the guide" not in res.read()
    finally:
        conn.close()
    assert _get(port, "/graphbuild.html")[0] == 200  # by its loopback name it is served


def test_a_served_name_that_is_a_link_is_not_followed(served, tmp_path):
    home, port = served
    secret = tmp_path / "secret.txt"
    secret.write_text("not to be served")
    style = home / guideserver.GUIDE_DIR / guide.GRASS_FILE
    kept = style.read_bytes()
    style.unlink()
    style.symlink_to(secret)
    try:
        status, _headers, body = _get(port, "/" + guide.GRASS_FILE)
        assert status == 404 and b"not to be served" not in body
    finally:
        style.unlink()
        style.write_bytes(kept)
