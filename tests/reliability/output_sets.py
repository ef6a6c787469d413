"""Helpers of the output-set tests: ``graphbuild run`` in a subprocess (plainly or through
``fault_run.py``), and what a reader sees in an output directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAULT_RUN = Path(__file__).with_name("fault_run.py")
NAMES = ("extractions.jsonl", "graph.json", "graph.html")  # what `run` writes by default
OLD_INPUTS = (ROOT / "seeds",)  # the previous run
NEW_INPUTS = (ROOT / "eval" / "dev" / "articles",)  # the run that is killed


def run_args(inputs, out: Path, *extra: str) -> list[str]:
    return ["run", *map(str, inputs), "--out", str(out), "-j", "1", *extra]


def graphbuild(args, env, *, fault: tuple = (), **popen) -> subprocess.Popen:
    """``python -m graphbuild ARGS`` (or through fault_run.py with ``fault`` = (DIR, MODE, N[,
    FILE])) from the repository root, started: the caller waits."""
    cmd = [sys.executable, "-m", "graphbuild"]
    if fault:
        cmd = [sys.executable, str(FAULT_RUN), *map(str, fault), "--"]
    popen.setdefault("stdout", subprocess.DEVNULL)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen(
        [*cmd, *map(str, args)], env=env, cwd=ROOT, stdin=subprocess.DEVNULL, text=True, **popen
    )


def finish(proc: subprocess.Popen, timeout: float = 180) -> tuple[int, str]:
    """Wait for ``proc``: its return code and stderr."""
    _, err = proc.communicate(timeout=timeout)
    return proc.returncode, err or ""


def seen(out: Path, names=NAMES) -> dict[str, bytes | None]:
    """What a reader opening ``out/<name>`` reads, by name (None: no such file)."""
    found: dict[str, bytes | None] = {}
    for name in names:
        try:
            found[name] = (out / name).read_bytes()
        except FileNotFoundError:
            found[name] = None
    return found


def tree(out: Path) -> dict[str, tuple[str, bytes | str | None]]:
    """Every entry under ``out`` (hidden ones too): kind and content (link text, bytes)."""
    entries: dict[str, tuple[str, bytes | str | None]] = {}
    for dirpath, dirnames, filenames in os.walk(out):
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            rel = path.relative_to(out).as_posix()
            if path.is_symlink():
                entries[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[rel] = ("dir", None)
            else:
                entries[rel] = ("file", path.read_bytes())
    return entries
