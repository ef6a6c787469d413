"""`-o` on something that is not a regular file (issue 12, "What broke": `-o` on a symlink,
FIFO or device replaced it with a regular file and reported success). Through the CLI, for
every command that takes `-o`: one error line naming the target, exit 2, the target left as
it was, and no work done."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

ARTICLE = "Foreign Minister Karim Haddad met the envoy in Amman.\n"


def _invoke(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def _graph_json(tmp_path: Path) -> Path:
    src = tmp_path / "a.txt"
    src.write_text("Headline\n" + ARTICLE, encoding="utf-8")
    out = tmp_path / "run"
    assert _invoke("run", src, "--out", out, "--quiet").exit_code == 0
    return out / "graph.json"


def _target(tmp_path: Path, kind: str) -> tuple[Path, Path | None]:
    """A target of ``kind`` and, for a link, the file it points to."""
    if kind == "device":
        return Path(os.devnull), None
    if kind == "fifo":
        p = tmp_path / "out.fifo"
        os.mkfifo(p)
        return p, None
    victim = tmp_path / "victim.txt"
    victim.write_text("not ours", encoding="utf-8")
    p = tmp_path / "out.link"
    p.symlink_to(victim)
    return p, victim


def _unchanged(target: Path, victim: Path | None, kind: str) -> bool:
    mode = os.lstat(target).st_mode
    if kind == "device":
        return stat.S_ISCHR(mode)
    if kind == "fifo":
        return stat.S_ISFIFO(mode)
    return stat.S_ISLNK(mode) and victim is not None and victim.read_text() == "not ours"


@pytest.mark.parametrize("kind", ["symlink", "fifo", "device"])
@pytest.mark.parametrize("command", ["extract", "render"])
def test_o_on_a_non_regular_file_is_refused_and_left_alone(tmp_path, kind, command):
    target, victim = _target(tmp_path, kind)
    if command == "extract":
        src = tmp_path / "a.txt"
        src.write_text("Headline\n" + ARTICLE, encoding="utf-8")
        res = _invoke("extract", src, "-o", target, "--quiet")
    else:
        res = _invoke("render", _graph_json(tmp_path), "-o", target, "--quiet")
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and str(target) in lines[0]
    assert _unchanged(target, victim, kind)
