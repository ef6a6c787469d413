"""Huge integer parameters are one clear line, exit 2, before any connection (issue 12)."""

from __future__ import annotations

import pytest

from .conftest import free_port, run


@pytest.mark.parametrize(
    "param",
    [
        "limit=99999999999999999999999",
        "limit=-99999999999999999999999",
        "limit=1e999",
        "limit=" + "9" * 5000,  # beyond Python's default int() digit limit
    ],
)
def test_huge_limit_is_one_error_line_exit_2(cli_env, param):
    env = {**cli_env, "NEO4J_PASSWORD": "x" * 8, "NEO4J_URI": f"bolt://127.0.0.1:{free_port()}"}
    proc = run(["graphbuild", "query", "top_meeters", "-p", param], env)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith("error: query 'top_meeters': parameter limit must be")
    assert len(lines[0]) < 200  # the number is described, not echoed
