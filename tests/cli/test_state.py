"""The remembered local server: the state file, and how every command finds the server.

Order: --uri > NEO4J_URI > the server ``graphbuild neo4j start`` remembered > bolt://127.0.0.1:7687.
No server is needed: the URIs point at free ports, and which one a command tried is
read from its one-line error (exit 4).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild import state
from graphbuild.cli import app
from graphbuild.neo4j import server
from graphbuild.neo4j.loader import DEFAULT_URI

from ._helpers import free_port

runner = CliRunner()


def invoke(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


# --------------------------------------------------------------------------- the state file
def test_state_dir_follows_xdg(tmp_path):
    assert state.state_dir_from_env({"XDG_STATE_HOME": str(tmp_path)}) == tmp_path / "graphbuild"
    assert (
        state.state_dir_from_env({}, home=tmp_path) == tmp_path / ".local" / "state" / "graphbuild"
    )
    # a relative XDG_STATE_HOME is invalid by the spec and ignored
    assert (
        state.state_dir_from_env({"XDG_STATE_HOME": "rel/dir"}, home=tmp_path)
        == tmp_path / ".local" / "state" / "graphbuild"
    )


def test_the_cli_reads_xdg_state_home(state_home):
    from graphbuild.cli_common import state_dir

    assert state_dir() == state_home


def test_remember_read_forget(tmp_path, monkeypatch):
    sd = tmp_path / "state"
    assert state.read_server(sd) is None
    monkeypatch.chdir(tmp_path)
    path = state.remember_server(sd, "bolt://127.0.0.1:7799", "neo-home")
    assert path == sd / "neo4j-server.json"
    rec = state.read_server(sd)
    assert rec == state.RememberedServer(
        "bolt://127.0.0.1:7799", str(tmp_path / "neo-home")
    )  # made absolute
    assert json.loads(path.read_text()) == {
        "uri": "bolt://127.0.0.1:7799",
        "home": str(tmp_path / "neo-home"),
    }
    assert [p.name for p in sd.iterdir()] == ["neo4j-server.json"]  # no temporary file left behind
    assert not state.forget_server(sd, tmp_path / "another-home")  # another server's record stays
    assert state.read_server(sd) == rec
    assert state.forget_server(sd, tmp_path / "neo-home")
    assert state.read_server(sd) is None and not path.exists()
    assert not state.forget_server(sd, tmp_path / "neo-home")


def test_the_record_is_written_atomically_and_privately(tmp_path, monkeypatch):
    import stat

    from graphbuild import fsutil

    sd = tmp_path / "state"
    path = state.remember_server(sd, "bolt://127.0.0.1:7799", tmp_path / "h1")
    assert (
        stat.S_IMODE(path.stat().st_mode) & 0o077 == 0
    )  # the user's own (it names a home, never a password)

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fsutil.os, "replace", full_disk)
    with pytest.raises(OSError):
        state.remember_server(sd, "bolt://127.0.0.1:7800", tmp_path / "h2")
    assert state.read_server(sd).uri == "bolt://127.0.0.1:7799"  # the previous record, whole
    assert [p.name for p in sd.iterdir()] == ["neo4j-server.json"]


def test_a_symlinked_record_is_refused_not_followed(tmp_path):
    sd = tmp_path / "state"
    sd.mkdir()
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (sd / "neo4j-server.json").symlink_to(victim)
    with pytest.raises(OSError, match="symbolic link"):
        state.remember_server(sd, "bolt://127.0.0.1:7799", tmp_path / "h")
    assert victim.read_text() == "keep"


def test_remember_replaces_atomically(tmp_path, monkeypatch):
    sd = tmp_path / "state"
    state.remember_server(sd, "bolt://127.0.0.1:1111", tmp_path / "a")
    calls = []
    real_replace = os.replace

    def spy(src, dst):
        calls.append((Path(src).parent, Path(dst)))
        assert json.loads(Path(dst).read_text())["uri"].endswith(
            ":1111"
        )  # old record intact until the rename
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    state.remember_server(sd, "bolt://127.0.0.1:2222", tmp_path / "b")
    assert calls == [(sd, sd / "neo4j-server.json")]
    assert state.read_server(sd).uri.endswith(":2222")


@pytest.mark.parametrize(
    "content", ["", "not json", "[1, 2]", '{"uri": "bolt://x:1"}', '{"uri": 3, "home": "/h"}']
)
def test_a_broken_state_file_is_ignored(tmp_path, content):
    sd = tmp_path / "state"
    sd.mkdir()
    (sd / "neo4j-server.json").write_text(content)
    assert state.read_server(sd) is None


# ---------------------------------------------------------------------- which server a command uses
@pytest.fixture()
def remembered(state_home, tmp_path):
    """A remembered server on a port where nothing listens."""
    port = free_port()
    state.remember_server(state_home, f"bolt://127.0.0.1:{port}", tmp_path / "neo-home")
    return port


def _tried(res) -> str:
    assert res.exit_code == 4, res.output
    assert "Traceback" not in res.output
    return res.stderr


@pytest.mark.parametrize(
    "cmd",
    [
        ["schema"],
        ["query", "top_meeters"],
        ["load", "SEEDS"],
        ["render", "--query", "top_meeters", "-o", "OUT/page.html"],
        ["run", "SEEDS", "--neo4j", "--quiet", "--out", "OUT/run"],
    ],
)
def test_commands_find_the_remembered_server(cmd, remembered, seeds_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "some-password-1")
    args = [str(seeds_dir) if a == "SEEDS" else a.replace("OUT", str(tmp_path)) for a in cmd]
    err = _tried(invoke(*args, "--quiet") if cmd[0] == "load" else invoke(*args))
    assert f"127.0.0.1:{remembered}" in err
    assert "remembered" in err and "neo4j start" in err  # says where that URI came from
    assert "some-password-1" not in err


def test_the_env_var_beats_the_remembered_server(remembered, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "some-password-1")
    env_port = free_port()
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{env_port}")
    err = _tried(invoke("schema"))
    assert f":{env_port}" in err and f":{remembered}" not in err and "remembered" not in err


def test_the_option_beats_the_env_var(remembered, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "some-password-1")
    env_port, flag_port = free_port(), free_port()
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{env_port}")
    err = _tried(invoke("schema", "--uri", f"bolt://127.0.0.1:{flag_port}"))
    assert f":{flag_port}" in err and f":{env_port}" not in err and f":{remembered}" not in err


def test_nothing_remembered_means_the_default(monkeypatch):
    from graphbuild.cli_neo4j import resolve_uri, settings_from

    assert resolve_uri(None) == (None, None)
    assert settings_from(prompt=False).uri == DEFAULT_URI


# ---------------------------------------------------------------------- neo4j start | status | stop
class FakeServer:
    """server.start/stop stand-ins that record their arguments
    (the real cycle is an integration test)."""

    def __init__(self, port=7799):
        self.port = port
        self.calls = []

    def start(self, home, port, **kw):
        self.calls.append(("start", Path(home), port, kw))
        return server.ServerStatus(
            up=True,
            uri=f"bolt://127.0.0.1:{port or self.port}",
            version=server.NEO4J_VERSION,
            home=str(home),
            pid=4242,
            running=True,
        )

    def stop(self, home, timeout=60.0):
        self.calls.append(("stop", Path(home)))
        return True


@pytest.fixture()
def fake(monkeypatch):
    f = FakeServer()
    monkeypatch.setattr(server, "start", f.start)
    monkeypatch.setattr(server, "stop", f.stop)
    return f


def test_start_remembers_uri_and_home_but_never_the_password(
    fake, state_home, tmp_path, monkeypatch
):
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-password-9")
    monkeypatch.chdir(tmp_path)
    res = invoke("neo4j", "start", "--port", "7799", "--home", "neo-home")
    assert res.exit_code == 0, res.output
    _, home, port, kw = fake.calls[0]
    assert home == tmp_path / "neo-home" and port == 7799 and kw["password"] == "secret-password-9"
    text = (state_home / "neo4j-server.json").read_text()
    assert json.loads(text) == {"uri": "bolt://127.0.0.1:7799", "home": str(tmp_path / "neo-home")}
    assert "secret-password-9" not in text and "secret-password-9" not in res.output


def test_start_without_port_or_home_reuses_the_remembered_server(
    fake, state_home, tmp_path, monkeypatch
):
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-password-9")
    state.remember_server(state_home, "bolt://127.0.0.1:7799", tmp_path / "neo-home")
    res = invoke("neo4j", "start")
    assert res.exit_code == 0, res.output
    # no --port: the server library keeps the port a running server uses
    # (see test_server_port_default)
    assert fake.calls[0][1:3] == (tmp_path / "neo-home", None)


def test_stop_forgets_only_the_stopped_home(fake, state_home, tmp_path):
    state.remember_server(state_home, "bolt://127.0.0.1:7799", tmp_path / "neo-home")
    res = invoke("neo4j", "stop", "--home", tmp_path / "other-home")
    assert res.exit_code == 0 and fake.calls[-1] == ("stop", tmp_path / "other-home")
    assert state.read_server(state_home) is not None
    res = invoke("neo4j", "stop")  # no flag: the remembered home
    assert res.exit_code == 0 and "stopped" in res.stdout
    assert fake.calls[-1] == ("stop", tmp_path / "neo-home")
    assert state.read_server(state_home) is None


def test_status_finds_the_remembered_server(remembered, tmp_path):
    res = invoke("neo4j", "status")
    assert res.exit_code == 6, res.output  # down: nothing listens there
    assert f"127.0.0.1:{remembered}" in res.stdout and str(tmp_path / "neo-home") in res.stdout


def test_an_unwritable_state_dir_does_not_fail_start(fake, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    monkeypatch.setenv("NEO4J_PASSWORD", "secret-password-9")
    res = invoke("neo4j", "start", "--home", tmp_path / "h")
    assert res.exit_code == 0, res.output
    assert "could not remember" in res.stderr


def test_server_port_default(tmp_path, monkeypatch):
    """server.start(port=None): the port the server in home runs on; 7687 for a stopped one."""
    seen = []

    class Stop(Exception):
        pass

    def fake_port_free(host, port):
        seen.append(port)
        raise Stop

    monkeypatch.setattr(server, "_port_free", fake_port_free)
    with pytest.raises(Stop):
        server.start(tmp_path / "h", None, password="x" * 8)
    assert seen == [server.DEFAULT_BOLT_PORT]
    # a running server in that home: start without a port is a no-op on its port
    monkeypatch.setattr(
        server,
        "status",
        lambda home, port=None: server.ServerStatus(
            up=True,
            uri="bolt://127.0.0.1:7799",
            version=server.NEO4J_VERSION,
            home=str(home),
            pid=1,
            running=True,
        ),
    )
    monkeypatch.setattr(server, "_read_state", lambda home: {"bolt_port": 7799})
    st = server.start(tmp_path / "h", None, password="")
    assert st.uri == "bolt://127.0.0.1:7799"
    with pytest.raises(server.ServerError, match="already running at bolt://127.0.0.1:7799"):
        server.start(tmp_path / "h", 7800, password="")
