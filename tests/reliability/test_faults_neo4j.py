"""Faults injected into real loads (issue 12, "Fault-injection tests against the real server").

* Neo4j killed with SIGKILL in the middle of a ``graphbuild load``, restarted, the same load
  run again: the state is the state of a clean load.
* Two ``graphbuild load`` processes at once, on overlapping inputs whose articles disagree
  about the same officials: the state is the state of one load of everything.

Each test starts its own server (``graphbuild.neo4j.server``, the repo's own) in a home of
its own under the test's tmp directory, on a free port (``GRAPHBUILD_TEST_FAULT_PORT``
picks one), and stops it at the end; the loads are the real CLI in subprocesses. "State"
is ``snapshot``: the counts per label and relationship type and a hash of every property
of every node and relationship.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conflict_data import write_conflicting
from graphbuild.errors import ServerError
from graphbuild.neo4j import server
from graphbuild.neo4j.loader import Neo4jSettings, connect
from integration.conftest import snapshot

from .conftest import ROOT, free_port

pytestmark = pytest.mark.integration

PASSWORD = "fault-injection-pw"


def _start(home: Path, port: int) -> server.ServerStatus:
    try:
        return server.start(
            home, port, password=PASSWORD, heap="512m", pagecache="128m", quiet=True, timeout=300
        )
    except ServerError as err:
        server.stop(home)
        pytest.fail(f"could not start the Neo4j for the fault-injection tests: {err}")


@pytest.fixture()
def own_server(tmp_path):
    """A server of this test's own: (home, port, settings)."""
    home = tmp_path / "neo4j-home"
    port = int(os.environ.get("GRAPHBUILD_TEST_FAULT_PORT") or free_port())
    _start(home, port)
    try:
        yield home, port, Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=PASSWORD)
    finally:
        server.stop(home)


@pytest.fixture()
def load_env(tmp_path) -> dict[str, str]:
    """The environment of the CLI: the password, no other Neo4j setting, private state."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_PASSWORD=PASSWORD, XDG_STATE_HOME=str(tmp_path / "xdg-state"))
    return env


def _load(port: int, env: dict[str, str], *paths: Path, batch: int = 2000) -> subprocess.Popen:
    """``graphbuild load --uri ... -q --batch-size BATCH PATHS``, started (not waited for)."""
    return subprocess.Popen(
        [sys.executable, "-m", "graphbuild", "load", "--uri", f"bolt://127.0.0.1:{port}", "-q"]
        + ["--batch-size", str(batch), *map(str, paths)],
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def _loaded(port: int, env: dict[str, str], *paths: Path) -> str:
    code, out, err = _finish(_load(port, env, *paths))
    assert code == 0, err
    return out


def _wipe(settings: Neo4jSettings) -> None:
    with connect(settings) as driver, driver.session(database=settings.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


def _state(settings: Neo4jSettings) -> dict:
    with connect(settings) as driver:
        return snapshot(driver, settings.database)


def _count(settings: Neo4jSettings, query: str) -> int:
    with connect(settings) as driver:
        records, _, _ = driver.execute_query(query, database_=settings.database)
        return int(records[0][0])


def _wait_gone(pid: int) -> None:
    """Until the killed process has left /proc (its ports and store files are free)."""
    for _ in range(600):
        try:
            if Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z"):
                return
        except (OSError, IndexError):
            return
        time.sleep(0.05)


def test_kill_9_of_neo4j_mid_load_then_restart_and_reload_gives_the_clean_state(
    own_server, load_env, tmp_path
):
    home, port, settings = own_server
    big = write_conflicting(tmp_path / "big.jsonl", 0, 600, officials=200, agencies=20)
    _loaded(port, load_env, big)
    clean = _state(settings)
    _wipe(settings)

    loader = _load(port, load_env, big, batch=100)  # many commits before the kill
    with connect(settings) as driver:  # kill once the relationships are being written
        while loader.poll() is None:
            records, _, _ = driver.execute_query(
                "MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) > 0 AS started",
                database_=settings.database,
            )
            if records[0]["started"]:
                break
            time.sleep(0.05)
    pid = server.status(home).pid
    assert pid is not None and loader.poll() is None, "the load ended before the kill"
    os.kill(pid, signal.SIGKILL)
    code, _, err = _finish(loader)
    assert code != 0 and "error:" in err  # the load failed, with its one line
    _wait_gone(pid)

    _start(home, port)  # recovery replays the committed transactions, drops the others
    partial = _state(settings)
    assert partial["types"] != clean["types"]  # killed in the middle: relationships missing
    _loaded(port, load_env, big)
    assert _state(settings) == clean


def test_two_concurrent_loaders_give_the_state_of_one_combined_load(own_server, load_env, tmp_path):
    _, port, settings = own_server
    # overlapping: articles 300-399 are in both, and every article disagrees with the
    # others about the titles, countries and names of the officials they share
    a = write_conflicting(tmp_path / "a.jsonl", 0, 400, officials=100, agencies=20)
    b = write_conflicting(tmp_path / "b.jsonl", 300, 700, officials=100, agencies=20)
    both = write_conflicting(tmp_path / "both.jsonl", 0, 700, officials=100, agencies=20)
    _loaded(port, load_env, both)
    combined = _state(settings)
    assert combined["labels"]["Article"] == 700
    _wipe(settings)

    first, second = _load(port, load_env, a), _load(port, load_env, b)
    for proc in (first, second):
        code, _, err = _finish(proc)
        assert code == 0, err
    assert _state(settings) == combined
    assert _count(settings, "MATCH (n:Official) RETURN count(n)") == 100
