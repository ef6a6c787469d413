"""What the neo4j-admin copy runs in tests/unit/test_admin_copy.py instead of the export:
module-level functions, so that the copy (another Python process) finds them by name."""

from __future__ import annotations

import os
from pathlib import Path

from graphbuild.errors import InputError


def fails(graph: object, path: object) -> None:
    raise InputError("no room for the CSV files")


def dies(graph: object, path: Path) -> None:
    """Ends the process half way: a file written, no result."""
    Path(path).mkdir(parents=True, exist_ok=True)
    (Path(path) / "half.csv").write_text("id:ID\n")
    os._exit(3)


def hangs(graph: object, path: object) -> None:
    """Never returns and does nothing: nothing writes to that pipe."""
    os.read(os.pipe()[0], 1)
