"""Server lifecycle under hostile settings (issue 12, "Server lifecycle" and ``--home`` on a file).

These need no Neo4j: a stand-in process carries the server's command line and a stand-in
listener answers the Bolt handshake. test_server_files.py repeats the checks against a real
server.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time

import pytest

from graphbuild.neo4j import server

from .conftest import free_port, run


def _one_error_line(proc: subprocess.CompletedProcess, code: int, *words: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    for w in words:
        assert w in lines[0]


@pytest.mark.parametrize("password", [None, "graphbuild-test"])
def test_start_with_home_on_a_file_is_one_error_line_exit_5(tmp_path, cli_env, password):
    home = tmp_path / "a-file"
    home.write_text("not a directory\n")
    env = {**cli_env, **({"NEO4J_PASSWORD": password} if password else {})}
    for args in (
        ["graphbuild", "neo4j", "start", "--home", home, "--port", free_port()],
        ["graphbuild", "neo4j", "start", "--home", home / "sub", "--port", free_port()],
        ["graphbuild.neo4j.server", "start", "--home", home, "--port", free_port()],
    ):
        _one_error_line(run(args, env), 5, "not a directory")
    assert home.read_text() == "not a directory\n"


@pytest.mark.parametrize(
    "args",
    [
        ["graphbuild", "neo4j", "start", "--port", "0"],
        ["graphbuild", "neo4j", "start", "--port", "7721", "--http-port", "0"],
        ["graphbuild", "neo4j", "status", "--port", "0"],
        ["graphbuild.neo4j.server", "start", "--port", "0"],
        ["graphbuild.neo4j.server", "status", "--port", "0"],
    ],
)
def test_port_0_is_refused(tmp_path, cli_env, args):
    home = tmp_path / "home"
    proc = run([*args, "--home", home], {**cli_env, "NEO4J_PASSWORD": "graphbuild-test"})
    _one_error_line(proc, 5, "invalid port: 0 (give a port from 1 to 65535)")
    assert not (home / "run" / "neo4j.pid").exists()


class BoltStandIn:
    """Answers the Bolt handshake on a free port (version 5.5), like any Neo4j would."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(20)
                    conn.sendall(b"\x00\x00\x05\x05")
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.close()


def test_status_of_another_home_is_not_up_although_the_port_answers(tmp_path, cli_env):
    bolt = BoltStandIn()
    try:
        assert server.bolt_answers("127.0.0.1", bolt.port)
        home = tmp_path / "no-such-home"
        st = server.status(home, bolt.port)
        assert not st.up and not st.running and st.foreign
        assert "not for a server of this home" in st.line()
        proc = run(["graphbuild", "neo4j", "status", "--home", home, "--port", bolt.port], cli_env)
        assert proc.returncode == 6, proc.stdout + proc.stderr
        assert " up " not in proc.stdout and "down" in proc.stdout
        assert not home.exists()  # status creates nothing
    finally:
        bolt.close()


def _stand_in(home_dir) -> subprocess.Popen:
    """A process whose command line is a Neo4j server's of ``home_dir`` (in its own session)."""
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; time.sleep(300)",
            server.ENTRY_POINT,
            f"--home-dir={home_dir}",
        ],
        start_new_session=True,
    )


def _wait_cmdline(pid: int) -> None:
    for _ in range(100):  # until exec has replaced the forked child's command line
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            if server.ENTRY_POINT.encode() in fh.read():
                return
        time.sleep(0.05)


def test_stop_never_kills_another_homes_server_named_by_a_stale_pid_file(tmp_path, cli_env):
    mine, other = tmp_path / "mine", tmp_path / "other"
    (mine / "run").mkdir(parents=True)
    proc = _stand_in(other)
    try:
        _wait_cmdline(proc.pid)
        (mine / "run" / "neo4j.pid").write_text(f"{proc.pid}\n")
        assert server.status(mine, free_port()).running is False
        assert server.stop(mine, timeout=5) is False
        out = run(["graphbuild", "neo4j", "stop", "--home", mine], cli_env)
        assert out.returncode == 0 and out.stdout.strip() == "not running", out.stderr
        time.sleep(0.3)
        assert proc.poll() is None, "the other home's server was stopped"
        # the same process IS the server of the home its command line names
        (other / "run").mkdir(parents=True)
        (other / "run" / "neo4j.pid").write_text(f"{proc.pid}\n")
        assert server.status(other, free_port()).running is True
        assert server.stop(other, timeout=10) is True
        assert proc.wait(timeout=10) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
