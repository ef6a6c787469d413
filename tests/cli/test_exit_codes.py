"""One meaning per exit code, each reached through the CLI (see graphbuild/errors.py and the
README).

0 success · 1 some inputs skipped · 2 bad input · 3 malformed lexicon · 4 Neo4j ·
5 local server could not start/stop · 6 local server down · 7 no password and no
terminal · 8 entity not in the graph · 9 any other GraphbuildError · 130 interrupted.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild import errors
from graphbuild.cli import app

from ._helpers import ROOT, clean_env, free_port, run_cli

runner = CliRunner()


def invoke(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def one_error_line(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, text
    assert "Traceback" not in text and "Aborted" not in text, text
    return lines[0]


def test_the_tree_has_one_code_per_meaning():
    codes = {
        errors.GraphbuildError: 9,
        errors.InputError: 2,
        errors.ArticleError: 2,
        errors.QueryParameterError: 2,
        errors.QueryNotFound: 2,
        errors.LexiconError: 3,
        errors.Neo4jError: 4,
        errors.Neo4jUnavailable: 4,
        errors.Neo4jAuthError: 4,
        errors.Neo4jDatabaseError: 4,
        errors.CypherError: 4,
        errors.ServerError: 5,
        errors.ServerDown: 6,
        errors.PasswordMissing: 7,
        errors.EntityNotFound: 8,
    }
    for cls, code in codes.items():
        assert cls.exit_code == code, cls
    assert 1 not in {c.exit_code for c in codes}  # 1 is only "finished, some inputs skipped"


# --------------------------------------------------------------------------- 2: bad input
def test_unknown_query_exits_2():
    res = invoke("query", "no_such_query")
    assert res.exit_code == 2 and "no_such_query" in one_error_line(res.stderr)


def test_bad_query_parameter_exits_2(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    res = invoke("query", "top_meeters", "-p", "no-equals-sign")
    assert res.exit_code == 2, res.output
    one_error_line(res.stderr)

    import graphbuild.neo4j.queries as q

    def bad(*a, **k):
        raise errors.QueryParameterError("depth must be from 1 to 3, not 7")

    monkeypatch.setattr(q, "run_query", bad)
    res = invoke("query", "top_meeters")
    assert res.exit_code == 2 and "depth must be" in one_error_line(res.stderr)


# --------------------------------------------------------------------------- 3: malformed lexicon
def test_malformed_lexicon_exits_3(tmp_path, seeds_dir):
    """A copy of the lexicons with one bad row,
    put in place of the packaged ones in a fresh interpreter."""
    import graphbuild.lang as lang

    bad = tmp_path / "lang"
    shutil.copytree(lang.LANG_DIR, bad, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    cues = bad / "ar" / "cues.tsv"
    lines = cues.read_text(encoding="utf-8").splitlines()
    lines.append("التقى\tnot_a_cue_class")
    cues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prelude = f"import pathlib, graphbuild.lang as L\nL.LANG_DIR = pathlib.Path({str(bad)!r})"
    res = run_cli(["extract", seeds_dir, "--quiet"], prelude=prelude, cwd=tmp_path)
    assert res.returncode == 3, res.stderr
    line = one_error_line(res.stderr)
    assert f"cues.tsv:{len(lines)}" in line and "not_a_cue_class" in line


# --------------------------------------------------------------------------- 4: Neo4j
def test_unreachable_neo4j_exits_4(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    res = invoke("schema", "--uri", f"bolt://127.0.0.1:{free_port()}")
    assert res.exit_code == 4 and "cannot reach" in one_error_line(res.stderr)


# --------------------------------------------------------------------------- 5: the local server
def test_unusable_home_exits_5(tmp_path, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    res = invoke("neo4j", "start", "--home", blocker / "home", "--port", free_port())
    assert res.exit_code == 5, res.output
    assert "a-file" in one_error_line(res.stderr)


def test_missing_java_exits_5(tmp_path):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = clean_env(NEO4J_PASSWORD="pw-pw-pw-pw", PATH=str(empty_bin))
    env.pop("JAVA_HOME", None)
    res = run_cli(
        ["neo4j", "start", "--home", tmp_path / "home", "--port", free_port()],
        env=env,
        cwd=tmp_path,
    )
    assert res.returncode == 5, res.stderr
    assert "java not found" in one_error_line(res.stderr)
    # nothing was remembered for a server that did not start
    state = Path(env["XDG_STATE_HOME"]) / "graphbuild" / "neo4j-server.json"
    assert not state.exists()


# --------------------------------------------------------------------------- 6: local server down
def test_status_of_a_stopped_server_exits_6(tmp_path):
    res = invoke("neo4j", "status", "--home", tmp_path / "home", "--port", free_port())
    assert res.exit_code == 6, res.output
    assert " down " in res.stdout


def test_server_module_status_exits_6(tmp_path):
    from graphbuild.neo4j import server

    assert server.main(["status", "--home", str(tmp_path), "--port", str(free_port())]) == 6


# ---------------------------------------------------------------------- 7: no password, no terminal
@pytest.mark.parametrize(
    "cmd",
    [
        ["query", "top_meeters"],
        ["schema"],
        ["load", "SEEDS", "--quiet"],
        [
            "neo4j",
            "start",
            "--home",
            "HOME",
            "--port",
            "PORT",
        ],  # a new home needs an initial password
    ],
)
def test_no_password_and_no_terminal_exits_7(cmd, seeds_dir, tmp_path):
    args = [
        str(seeds_dir)
        if a == "SEEDS"
        else str(tmp_path / "home")
        if a == "HOME"
        else str(free_port())
        if a == "PORT"
        else a
        for a in cmd
    ]
    res = (
        invoke(*args, "--uri", f"bolt://127.0.0.1:{free_port()}")
        if cmd[0] != "neo4j"
        else invoke(*args)
    )
    assert res.exit_code == 7, res.output
    assert "NEO4J_PASSWORD" in one_error_line(res.stderr)


def test_no_password_and_no_terminal_in_a_real_process(tmp_path):
    """stdin from /dev/null: one line and exit 7 — no GetPassWarning, no typer "Aborted."."""
    res = run_cli(
        ["query", "top_meeters", "--uri", f"bolt://127.0.0.1:{free_port()}"], cwd=tmp_path
    )
    assert res.returncode == 7, res.stderr
    one_error_line(res.stderr)
    assert "GetPassWarning" not in res.stderr and "Warning" not in res.stderr


def test_a_terminal_gets_a_hidden_prompt(tmp_path):
    """With a terminal the password is asked for, hidden; here it then fails to connect (exit 4)."""
    import pty
    import termios

    port = free_port()
    env = clean_env()
    code = (
        "import sys\nfrom graphbuild.cli import main\n"
        f"sys.argv = ['graphbuild', 'schema', '--uri', 'bolt://127.0.0.1:{port}']\nmain()\n"
    )
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal and its stdin/stdout/stderr
        try:
            os.chdir(tmp_path)
            os.execve(sys.executable, [sys.executable, "-c", code], env)
        finally:
            os._exit(127)
    out = b""

    def read_until(needle: bytes, timeout: float) -> bool:
        nonlocal out
        deadline = time.monotonic() + timeout
        while needle not in out and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return needle in out
                if not chunk:
                    break
                out += chunk
        return needle in out

    def echo_off(timeout: float) -> bool:
        """getpass turns echo off (flushing what was typed before) and only then reads."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not termios.tcgetattr(fd)[3] & termios.ECHO:
                return True
            time.sleep(0.05)
        return False

    status = None
    try:
        assert read_until(b"password", 90), out
        assert echo_off(30), out
        time.sleep(0.2)
        os.write(fd, b"typed-secret-123\n")
        read_until(b"\x00never", 60)  # until the child closes the terminal
        deadline = time.monotonic() + 30
        while status is None and time.monotonic() < deadline:
            done, st = os.waitpid(pid, os.WNOHANG)
            status = st if done else None
            time.sleep(0.1)
    finally:
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    text = out.decode("utf-8", "replace")
    assert status is not None, text
    assert os.waitstatus_to_exitcode(status) == 4, text
    assert "typed-secret-123" not in text  # not echoed, not in the error
    assert "cannot reach" in text


# --------------------------------------------------------------------------- 8 and 9
def test_entity_not_found_exits_8(monkeypatch):
    import graphbuild.neo4j.queries as q

    def missing(*a, **k):
        raise errors.EntityNotFound("no entity matches 'Nobody' (id, name or alias)")

    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    monkeypatch.setattr(q, "run_query", missing)
    monkeypatch.setattr(q, "query_graph", missing)
    res = invoke("query", "who_met", "-p", "official=Nobody")
    assert res.exit_code == 8 and "Nobody" in one_error_line(res.stderr)
    res = invoke(
        "render", "--query", "ego_network", "-p", "entity=Nobody", "-o", "/nonexistent/p.html"
    )
    assert res.exit_code == 8 and "Nobody" in one_error_line(res.stderr)


def test_any_other_expected_failure_exits_9(monkeypatch):
    import graphbuild.neo4j.queries as q

    def other(*a, **k):
        raise errors.GraphbuildError("something expected went wrong")

    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    monkeypatch.setattr(q, "run_query", other)
    res = invoke("query", "top_meeters")
    assert res.exit_code == 9 and "something expected" in one_error_line(res.stderr)


# --------------------------------------------------------------------------- 130: interrupted
def test_ctrl_c_inside_a_command_exits_130(monkeypatch, seeds_dir, tmp_path):
    import graphbuild.pipeline as pipeline

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "run_streamed", interrupted)
    res = invoke("run", seeds_dir, "--out", tmp_path / "out", "--quiet")
    assert res.exit_code == 130, res.output
    assert one_error_line(res.stderr) == "error: interrupted"


def test_ctrl_c_at_the_password_prompt_exits_130(monkeypatch):
    import typer

    import graphbuild.cli_neo4j as cli_neo4j

    def abort(*a, **k):  # what click turns a Ctrl-C (or EOF) at a prompt into
        raise typer.Abort()

    monkeypatch.setattr(cli_neo4j, "_stdin_is_tty", lambda: True)
    monkeypatch.setattr(typer, "prompt", abort)
    res = invoke("schema", "--uri", f"bolt://127.0.0.1:{free_port()}")
    assert res.exit_code == 130, res.output
    assert one_error_line(res.stderr) == "error: interrupted"


def test_sigint_to_a_running_process_exits_130(tmp_path, seeds_dir):
    """A real SIGINT while `graphbuild run` reads its articles."""
    marker = tmp_path / "reading"
    prelude = (
        # a job started in the background by a non-interactive shell ignores SIGINT, and its
        # children inherit that; a user's process does not: give it Python's own handler
        "import signal\nsignal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "import pathlib, time, graphbuild.sources as S\n"
        "def slow(*a, **k):\n"
        f"    pathlib.Path({str(marker)!r}).write_text('x')\n"
        "    time.sleep(120)\n"
        "S.iter_articles = slow\n"
    )
    code = (
        f"import sys\n{prelude}\nfrom graphbuild.cli import main\n"
        "sys.argv = ['graphbuild', *sys.argv[1:]]\nmain()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "run", str(seeds_dir), "--out", str(tmp_path / "out")],
        env=clean_env(),
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        assert marker.exists(), proc.communicate(timeout=10)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert one_error_line(err) == "error: interrupted"
    assert not (tmp_path / "out").exists()


def test_python_dash_m_server_takes_http_port(tmp_path):
    """`python -m graphbuild.neo4j.server` parses --http-port
    like the CLI (a bad one fails before any start)."""
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "graphbuild.neo4j.server",
            "start",
            "--home",
            str(tmp_path / "h"),
            "--port",
            str(free_port()),
            "--http-port",
            "70000",
        ],
        env=clean_env(NEO4J_PASSWORD="pw-pw-pw-pw", PATH=str(tmp_path)),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 5, res.stderr
    assert "invalid port: 70000" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "h").exists()  # refused before touching anything


def test_readme_and_cli_docstring_list_every_code():
    import re

    import graphbuild.cli as cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    documented = {int(c) for c in re.findall(r"^\| (\d+) \|", table, re.M)}
    expected = {0, 1, 130} | {
        cls.exit_code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.GraphbuildError)
    }
    assert documented == expected == {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 130}
    in_docstring = {int(c) for c in re.findall(r"^(\d+)\s{2,}", cli.__doc__, re.M)}
    assert in_docstring == expected
    reference = readme.split("## CLI reference", 1)[1].split("\n## ", 1)[0]
    for needle in ("--queries-dir", "GRAPHBUILD_QUERIES_DIR", "graphbuild-out", "remembered"):
        assert needle in reference, needle
