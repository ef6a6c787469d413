"""Neo4j commands of the ``graphbuild`` CLI: parse, call :mod:`graphbuild.neo4j`, report.

Registered on the main app by :func:`register`::

    graphbuild neo4j start|stop|status [--port N] [--home DIR]
    graphbuild load PATHS... [--uri] [--user] [--database] [--batch-size] [--quiet]
    graphbuild schema [--uri] [--user] [--database]
    graphbuild query NAME [--param k=v ...] [--format table|json|csv] | --list

The password is ``NEO4J_PASSWORD`` or a hidden prompt — never an option, never
printed. Failures are one red line on stderr and the exit code of the
:class:`graphbuild.errors.GraphbuildError` subclass (Neo4j: 4, server: 5).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli_common import err_console, error_line, handled, looks_like_extractions
from .errors import ArticleError, InputError

__all__ = [
    "neo4j_app",
    "start",
    "stop",
    "status",
    "load",
    "schema",
    "query",
    "register",
    "load_graph_cli",
    "query_graph_cli",
    "settings_from",
]


neo4j_app = typer.Typer(
    name="neo4j",
    help="Run a local Neo4j Community server (jars from Maven Central; needs Java 17+ and mvn once).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _password() -> str:
    pw = os.environ.get("NEO4J_PASSWORD")
    if pw:
        return pw
    return typer.prompt("Neo4j password (NEO4J_PASSWORD)", hide_input=True, err=True)


def settings_from(uri: str | None = None, user: str | None = None, database: str | None = None, *, prompt: bool = True):
    """:class:`Neo4jSettings` from options/env; the password from the env or a hidden prompt."""
    from .neo4j.loader import Neo4jSettings

    password = _password() if prompt else os.environ.get("NEO4J_PASSWORD", "")
    return Neo4jSettings.from_env(uri=uri, user=user, database=database, password=password)


UriOpt = Annotated[Optional[str], typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI, e.g. bolt://127.0.0.1:7687 or neo4j+s://x.databases.neo4j.io.", show_default=False)]
UserOpt = Annotated[Optional[str], typer.Option("--user", envvar="NEO4J_USER", help="Neo4j user (default neo4j).", show_default=False)]
DbOpt = Annotated[Optional[str], typer.Option("--database", envvar="NEO4J_DATABASE", help="Database (default neo4j).", show_default=False)]
PortOpt = Annotated[Optional[int], typer.Option("--port", help="Bolt port (default 7687).", show_default=False)]
HomeOpt = Annotated[Optional[Path], typer.Option("--home", help="Server home: conf, data, logs (default ~/.local/share/graphbuild/neo4j).", show_default=False)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary on stderr.")]


# --------------------------------------------------------------------------- neo4j start|stop|status
@neo4j_app.command()
def start(
    port: PortOpt = None,
    home: HomeOpt = None,
    http_port: Annotated[Optional[int], typer.Option("--http-port", help="Also open the HTTP connector (Neo4j Browser) on this port.", show_default=False)] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 180.0,
    quiet: QuietOpt = False,
) -> None:
    """Start the local server in the background; returns once Bolt answers (no-op if up)."""
    from .neo4j import server

    with handled():
        password = os.environ.get("NEO4J_PASSWORD")
        if not password and not server.initialised(home):
            password = typer.prompt("initial Neo4j password (NEO4J_PASSWORD)", hide_input=True, err=True)
        st = server.start(home, port or 7687, password=password, http_port=http_port, timeout=timeout, quiet=quiet)
        typer.echo(st.line())


@neo4j_app.command()
def stop(home: HomeOpt = None) -> None:
    """Stop the local server (SIGTERM, then SIGKILL after 60 s)."""
    from .neo4j import server

    with handled():
        typer.echo("stopped" if server.stop(home) else "not running")


@neo4j_app.command()
def status(port: PortOpt = None, home: HomeOpt = None) -> None:
    """URI, version and up/down of the local server (exit 3 when down)."""
    from .neo4j import server

    with handled():
        st = server.status(home, port)
        typer.echo(st.line())
        if not st.up:
            raise typer.Exit(code=3)


# --------------------------------------------------------------------------- load / schema / query
def _graph_from_paths(paths: list[Path], quiet: bool, min_confidence: float = 0.0):
    """Article files/dirs, extraction .jsonl files or one graph.json → (graph, skipped inputs)."""
    from .graph import build_graph, read_graph_json

    if len(paths) == 1 and paths[0].suffix == ".json" and paths[0].is_file():
        try:
            return read_graph_json(paths[0]), []
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{paths[0]}: not a graph.json file ({exc.__class__.__name__})") from None
    from .pipeline import extract, filter_confidence, read_extractions
    from .sources import read_articles

    exs = []
    article_paths = []
    for p in paths:
        if p.suffix == ".jsonl" and p.is_file() and looks_like_extractions(p):
            exs.extend(read_extractions(p))
        else:
            article_paths.append(p)
    skipped: list[ArticleError] = []
    if article_paths:
        def on_error(err: ArticleError) -> None:
            skipped.append(err)
            error_line(str(err))

        arts = read_articles([str(p) for p in article_paths], on_error=on_error)
        if not arts and not exs:
            raise InputError("no readable articles in " + ", ".join(str(p) for p in article_paths))
        if not quiet and arts:
            err_console.print(f"extracting {len(arts)} article(s)…")
        exs.extend(extract(arts))
    if min_confidence > 0:
        exs = [filter_confidence(e, min_confidence) for e in exs]
    return build_graph(exs), skipped


def load_graph_cli(g, *, uri: str | None = None, user: str | None = None, database: str | None = None,
                   quiet: bool = False, batch_size: int = 500):
    """Load ``g`` (for ``graphbuild run --neo4j``); prints the summary unless quiet. Raises GraphbuildError."""
    from .neo4j.loader import load_graph

    settings = settings_from(uri, user, database)
    summary = load_graph(g, settings, batch_size=batch_size, quiet=quiet)
    if not quiet:
        err_console.print(f"loaded into {settings.uri} ({settings.database}): {summary.line()}", markup=False)
    return summary


def query_graph_cli(name: str, params: list[str], *, uri: str | None = None, user: str | None = None,
                    database: str | None = None, queries_dir: Path | None = None):
    """The graph a named query returns (for ``graphbuild render --query``). Raises GraphbuildError."""
    from .neo4j.queries import get_query, parse_params, query_graph

    get_query(name, queries_dir)  # unknown name before asking for a password
    values = parse_params(params)
    return query_graph(name, values, settings_from(uri, user, database), queries_dir=queries_dir)


def load(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .jsonl), directories, extraction .jsonl files or one graph.json.", show_default=False)],
    uri: UriOpt = None,
    user: UserOpt = None,
    database: DbOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per UNWIND batch.")] = 500,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Drop entities and relations below this confidence.")] = 0.0,
    quiet: QuietOpt = False,
) -> None:
    """Load articles (extracted first), extractions or a graph.json into Neo4j — idempotently (MERGE)."""
    with handled():
        g, skipped = _graph_from_paths(paths, quiet, min_confidence)
        load_graph_cli(g, uri=uri, user=user, database=database, quiet=quiet, batch_size=batch_size)
        if skipped:
            raise typer.Exit(code=1)


def schema(uri: UriOpt = None, user: UserOpt = None, database: DbOpt = None, quiet: QuietOpt = False) -> None:
    """Create the constraints and indexes of cypher/schema.cypher (IF NOT EXISTS: safe to repeat)."""
    from .neo4j.loader import apply_schema

    with handled():
        settings = settings_from(uri, user, database)
        n = apply_schema(settings)
        if not quiet:
            err_console.print(f"schema: {n} statements applied to {settings.uri} ({settings.database})", markup=False)


def query(
    name: Annotated[Optional[str], typer.Argument(help="Query name (see --list).", show_default=False)] = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Parameter name=value (repeatable; integers are converted).", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
    list_: Annotated[bool, typer.Option("--list", help="List the queries with their parameters.")] = False,
    queries_dir: Annotated[Optional[Path], typer.Option("--queries-dir", envvar="GRAPHBUILD_QUERIES_DIR", help="Folder of .cypher queries (default: the packaged cypher/queries).", show_default=False)] = None,
    uri: UriOpt = None,
    user: UserOpt = None,
    database: DbOpt = None,
) -> None:
    """Run a named Cypher query from cypher/queries and print its rows."""
    from .neo4j.queries import format_result, get_query, list_queries, parse_params, run_query

    with handled():
        if fmt not in ("table", "json", "csv"):
            raise InputError(f"unknown format {fmt!r}: use table, json or csv")
        if list_:
            for q in list_queries(queries_dir):
                typer.echo(f"{q.name}: {q.description}")
                for p, meaning in q.params.items():
                    typer.echo(f"    {p}: {meaning}")
            return
        if not name:
            raise InputError("give a query NAME, or --list")
        get_query(name, queries_dir)
        values = parse_params(param or [])
        result = run_query(name, values, settings_from(uri, user, database), queries_dir=queries_dir)
        out = format_result(result, fmt)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")


def register(app: typer.Typer) -> None:
    """Add ``neo4j start|stop|status``, ``load``, ``schema`` and ``query`` to the main app."""
    app.add_typer(neo4j_app, name="neo4j")
    app.command()(load)
    app.command()(schema)
    app.command()(query)
