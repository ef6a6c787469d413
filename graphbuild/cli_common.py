"""Plumbing shared by the CLI modules: the stderr console, one-line errors, exit codes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from .errors import GraphbuildError

__all__ = ["err_console", "error_line", "handled", "looks_like_extractions"]

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """One red line on stderr (the message is shown as text, never as markup)."""
    err_console.print(f"[red]error:[/red] {escape(message)}", markup=True, emoji=False, highlight=False)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Turn expected failures into one line on stderr and the error's exit code."""
    try:
        yield
    except GraphbuildError as err:
        error_line(str(err))
        raise typer.Exit(code=err.exit_code) from None
    except KeyboardInterrupt:
        error_line("interrupted")
        raise typer.Exit(code=130) from None


def looks_like_extractions(path: Path) -> bool:
    """A .jsonl whose first record is an extraction (has "entities"), not articles."""
    try:
        with path.open(encoding="utf-8") as fh:
            return '"entities"' in fh.readline()
    except (OSError, UnicodeDecodeError):
        return False
