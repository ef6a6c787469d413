"""Hostile-input and server-hygiene tests (issue 12): the CLI in a subprocess, private state.

Every test gets its own ``XDG_STATE_HOME`` and no Neo4j setting from the caller's shell,
so a server remembered by a developer (or by another test) is never touched.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[2]

# The fuzz test's profiles (tests/reliability/test_fuzz.py). "ci": 2,000 examples, the same ones
# every run (derandomized, no example database), no per-example deadline (the first example
# pays for loading the lexicons). "long": 20,000 random ones, for a local hunt.
settings.register_profile(
    "ci",
    max_examples=2000,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", parent=settings.get_profile("ci"), max_examples=20_000, derandomize=False
)
settings.load_profile(os.environ.get("GRAPHBUILD_FUZZ", "ci"))


def free_port() -> int:
    """A port nothing listens on (bound once, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def cli_env(tmp_path) -> dict[str, str]:
    """os.environ without Neo4j settings, with a private state directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.pop("GRAPHBUILD_QUERIES_DIR", None)
    env["XDG_STATE_HOME"] = str(tmp_path / "xdg-state")
    return env


def run(args, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m ARGS`` from the repository root (so this checkout's package is imported)."""
    return subprocess.run(
        [sys.executable, "-m", *map(str, args)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )
