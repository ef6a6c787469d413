"""No function of the package is longer than 60 lines (def to last line, docstring included).

Complexity (at most 15) is ruff's C90 rule in the lint gate; length is not a ruff rule,
so it is checked here, over every module of graphbuild/ (extraction has its own copy of
this check in test_extract_stages.py, kept for its error message per module)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "graphbuild"
MAX_LINES = 60
SOURCES = sorted(PACKAGE.rglob("*.py"))


def long_functions(source: str) -> list[tuple[str, int]]:
    tree = ast.parse(source)
    return [
        (n.name, n.end_lineno - n.lineno + 1)
        for n in ast.walk(tree)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        and n.end_lineno is not None
        and n.end_lineno - n.lineno + 1 > MAX_LINES
    ]


def test_the_check_sees_a_long_function():
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_LINES))
    assert long_functions(f"def f():\n{body}\n") == [("f", MAX_LINES + 1)]
    assert long_functions("def g():\n    return 1\n") == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_functions_are_at_most_60_lines(path):
    assert not long_functions(path.read_text(encoding="utf-8"))
