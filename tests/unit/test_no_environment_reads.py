"""The library reads no environment variable: settings are read at the command-line boundary
and passed in.

The boundary is ``graphbuild/cli*.py`` and the ``main`` entry points listed in
:data:`ENTRY_POINTS`. Everywhere else in ``graphbuild/``, code may not touch
``os.environ`` / ``os.getenv`` (nor their bytes twins, nor ``from os import
environ``, nor ``os`` under another name); docstrings and comments may mention
them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "graphbuild"

# module (relative to the repo) -> the functions in it that are a command line's own `main`
ENTRY_POINTS: dict[str, set[str]] = {
    "graphbuild/neo4j/server.py": {"main"},  # python -m graphbuild.neo4j.server
}
NAMES = {"environ", "environb", "getenv", "getenvb"}


def environment_reads(source: str, allowed_functions: set[str] = frozenset()) -> list[int]:
    """Line numbers where ``source`` reads the process environment,
    outside ``allowed_functions``."""
    tree = ast.parse(source)
    os_names = {"os"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            os_names |= {a.asname or a.name for a in node.names if a.name == "os"}
    hits: list[int] = []

    def visit(node: ast.AST, inside_allowed: bool) -> None:
        if (
            isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.name in allowed_functions
        ):
            inside_allowed = True
        attribute = (
            isinstance(node, ast.Attribute)
            and node.attr in NAMES
            and isinstance(node.value, ast.Name)
            and node.value.id in os_names
        )
        imported = (
            isinstance(node, ast.ImportFrom)
            and node.module == "os"
            and any(a.name in NAMES for a in node.names)
        )
        if (attribute or imported) and not inside_allowed:
            hits.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, inside_allowed)

    visit(tree, False)
    return hits


def library_modules() -> list[Path]:
    return sorted(
        p
        for p in PACKAGE.rglob("*.py")
        if not p.name.startswith("cli") and "__pycache__" not in p.parts
    )


def test_the_scan_covers_the_library():
    names = {p.relative_to(ROOT).as_posix() for p in library_modules()}
    for expected in (
        "graphbuild/pipeline.py",
        "graphbuild/sinks.py",
        "graphbuild/state.py",
        "graphbuild/fsutil.py",
        "graphbuild/neo4j/loader.py",
        "graphbuild/neo4j/queries.py",
        "graphbuild/neo4j/server.py",
    ):
        assert expected in names
    assert not any(n.startswith("graphbuild/cli") for n in names)
    for module in ENTRY_POINTS:
        assert (ROOT / module).is_file(), module


@pytest.mark.parametrize("path", library_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_library_reads_no_environment(path):
    rel = path.relative_to(ROOT).as_posix()
    lines = environment_reads(path.read_text(encoding="utf-8"), ENTRY_POINTS.get(rel, set()))
    assert lines == [], (
        f"{rel} reads the environment on line(s) {lines}: read it in cli*.py (or the module's "
        "main) and pass the value in"
    )


@pytest.mark.parametrize(
    "code",
    [
        "import os\nx = os.environ.get('A')\n",
        "import os\nx = os.environ['A']\n",
        "import os\nx = os.getenv('A')\n",
        "import os\nenv = dict(os.environ, A='1')\n",
        "import os\nx = os.environb\n",
        "import os as o\nx = o.environ\n",
        "from os import environ\n",
        "from os import getenv as g\n",
        "import os\ndef helper():\n    return os.environ.copy()\n",
        "import os\ndef main():\n    pass\ndef other():\n    return os.getenv('A')\n",
    ],
)
def test_the_scan_catches_every_way_of_reading_it(code):
    assert environment_reads(code, {"main"})


@pytest.mark.parametrize(
    "code",
    [
        '"""Reads NEO4J_PASSWORD from os.environ at the CLI."""\n',
        "import os\n# os.environ is read by the CLI\nx = os.defpath\n",
        "import os\ndef main():\n    return os.environ.get('A')\n",
        "import os\ndef main():\n"
        "    def inner():\n        return os.getenv('A')\n    return inner()\n",
    ],
)
def test_docs_comments_and_entry_points_may(code):
    assert environment_reads(code, {"main"}) == []
