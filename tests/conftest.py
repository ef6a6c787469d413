"""Shared fixtures: where the seed, the dev sets and the gold files are (all in the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"  # the evaluation corpora, committed (eval/README.md)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    return EVAL


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    """The dev set (5 articles): eval/dev, committed with the repo."""
    d = EVAL / "dev"
    assert d.is_dir(), f"the dev set is missing: {d} (it is committed; see eval/README.md)"
    return d


@pytest.fixture(scope="session")
def dev2_dir() -> Path:
    """The second dev set (66 articles, halves A and B): eval/dev2, committed with the repo."""
    d = EVAL / "dev2"
    assert d.is_dir(), f"the dev2 set is missing: {d} (it is committed; see eval/README.md)"
    return d


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true) a skipped test is a failure: nothing may be skipped there."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped in CI: {report.longrepr}"
