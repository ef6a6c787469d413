"""Plumbing shared by the CLI modules: the stderr console, one-line errors, exit codes,
and the settings only the CLI reads from the environment (the state directory).

The command line is the one place that reads environment variables (``cli*.py``,
and the ``main`` of ``python -m graphbuild.neo4j.server``); the library is given
the values as arguments, and tests/unit/test_no_environment_reads.py keeps it so."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .errors import GraphbuildError

__all__ = [
    "err_console",
    "error_line",
    "handled",
    "looks_like_extractions",
    "state_dir",
    "INTERRUPTED",
    "URI_DEFAULT",
    "UriOpt",
    "UserOpt",
    "DbOpt",
    "JobsOpt",
    "jobs_or_all",
]

INTERRUPTED = 130
# what --uri means when it is not given
# (cli_neo4j resolves it: option > NEO4J_URI > remembered > default)
URI_DEFAULT = "the server 'graphbuild neo4j start' remembered, else bolt://127.0.0.1:7687"

# The connection options every command that talks to Neo4j takes (the password is
# never an option: NEO4J_PASSWORD or a hidden prompt).
UriOpt = Annotated[
    Optional[str],
    typer.Option(
        "--uri",
        envvar="NEO4J_URI",
        help="Bolt URI, e.g. bolt://127.0.0.1:7687 or neo4j+s://x.databases.neo4j.io.",
        show_default=URI_DEFAULT,
    ),
]
UserOpt = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help="Neo4j user.")]
DbOpt = Annotated[str, typer.Option("--database", envvar="NEO4J_DATABASE", help="Database.")]

ThresholdOpt = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Drop entities and relations below this confidence.",
    ),
]

# extraction in worker processes (graphbuild.parallel); the output does not depend on it
JobsOpt = Annotated[
    Optional[int],
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes for extraction (the output is the same for any number).",
        show_default="all cores",
    ),
]


def jobs_or_all(jobs: int | None) -> int:
    """``--jobs``, or every core this process may use when it is not given."""
    from .parallel import available_cores

    return jobs if jobs is not None else available_cores()


err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """One red line on stderr (the message is shown as text, never as markup)."""
    err_console.print(
        f"[red]error:[/red] {escape(message)}", markup=True, emoji=False, highlight=False
    )


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Turn expected failures into one line on stderr and the error's exit code.

    Ctrl-C — a KeyboardInterrupt, or click's Abort when it arrives at a prompt — is
    exit 130, never exit 1 (kept for "some inputs were skipped").
    """
    try:
        yield
    except GraphbuildError as err:
        error_line(str(err))
        raise typer.Exit(code=err.exit_code) from None
    except (KeyboardInterrupt, typer.Abort):
        error_line("interrupted")
        raise typer.Exit(code=INTERRUPTED) from None


def state_dir() -> Path:
    """The user's state directory:
    ``$XDG_STATE_HOME/graphbuild`` or ``~/.local/state/graphbuild``."""
    from .state import state_dir_from_env

    return state_dir_from_env(os.environ)


def looks_like_extractions(path: Path) -> bool:
    """A .jsonl whose first record is an extraction (has "entities"), not articles."""
    try:
        with path.open(encoding="utf-8") as fh:
            return '"entities"' in fh.readline()
    except (OSError, UnicodeDecodeError):
        return False
