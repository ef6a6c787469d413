"""CLI test isolation: a private state directory and no Neo4j settings from the caller's shell.

Every test gets ``XDG_STATE_HOME`` in its own tmp dir, so a server remembered by a
developer's ``graphbuild neo4j start`` (or by another test) is never picked up, and
``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_DATABASE`` / ``NEO4J_PASSWORD`` are unset
(tests that need a password set it themselves).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_env(tmp_path, monkeypatch):
    state = tmp_path / "xdg-state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    for var in (
        "NEO4J_URI",
        "NEO4J_USER",
        "NEO4J_DATABASE",
        "NEO4J_PASSWORD",
        "GRAPHBUILD_QUERIES_DIR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "200")  # help text on one line per option
    return state


@pytest.fixture()
def state_home(isolated_env) -> Path:
    """The graphbuild state directory of this test (``$XDG_STATE_HOME/graphbuild``)."""
    return isolated_env / "graphbuild"


@pytest.fixture()
def dev_dir() -> Path:
    """The dev set kept in the repository (eval/dev)."""
    d = ROOT / "eval" / "dev"
    assert (d / "gold").is_dir() and (d / "articles").is_dir(), d
    return d
