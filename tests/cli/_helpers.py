"""Small helpers for the CLI tests: free ports, the CLI as a subprocess, help walking."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A port nothing listens on (bound once, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """os.environ without any Neo4j setting (the test's XDG_STATE_HOME stays), plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.pop("GRAPHBUILD_QUERIES_DIR", None)
    env.update(extra)
    return env


def run_cli(
    args, *, env=None, prelude: str = "", timeout: float = 120, **kw
) -> subprocess.CompletedProcess:
    """``graphbuild ARGS`` in a fresh interpreter, after running ``prelude`` (Python) in it."""
    code = (
        f"import sys\n{prelude}\nfrom graphbuild.cli import main\n"
        "sys.argv = ['graphbuild', *sys.argv[1:]]\nmain()\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        env=env if env is not None else clean_env(),
        cwd=kw.pop("cwd", ROOT),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=kw.pop("stdin", subprocess.DEVNULL),
        **kw,
    )
