"""Neo4j commands of the ``graphbuild`` CLI: parse, call :mod:`graphbuild.neo4j`, report.

Registered on the main app by :func:`register`::

    graphbuild neo4j start|stop|status [--port N] [--home DIR] [--browser]
    graphbuild guide [--home DIR | -o DIR] [--queries-dir DIR]   # the query library, in Browser
    graphbuild load PATHS... [--uri] [--user] [--database] [--batch-size] [--quiet]
    graphbuild schema [--uri] [--user] [--database]
    graphbuild query NAME [--param k=v ...] [--format table|json|csv] | --list
    graphbuild export --format neo4j-admin DIR PATHS...     # CSV files for the bulk import
    graphbuild neo4j import DIR [--home DIR] [--port N] [--overwrite]

Which server: ``--uri``, else ``NEO4J_URI``, else the local server that
``graphbuild neo4j start`` remembered in the state directory
(:mod:`graphbuild.state`), else ``bolt://127.0.0.1:7687``. ``neo4j status|stop``
(and ``start`` without ``--home``) use the remembered server's home the same way.

The password is ``NEO4J_PASSWORD`` or a hidden prompt on a terminal — never an
option, never printed, never stored; with neither, :class:`PasswordMissing`
(exit 7). This module and :mod:`graphbuild.cli_common` are where the environment
is read (``NEO4J_*``, ``GRAPHBUILD_QUERIES_DIR``, and ``JAVA_HOME`` /
``GRAPHBUILD_NEO4J_CACHE`` through :meth:`graphbuild.neo4j.server.Runtime.from_env`):
the library is given the values. Failures are one red line on stderr and the exit code of the
:class:`graphbuild.errors.GraphbuildError` subclass (Neo4j: 4, server: 5, server
down: 6).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional
from urllib.parse import urlparse

import typer

from .cli_cluster import SchedulerOpt
from .cli_common import (
    DbOpt,
    ThresholdOpt,
    UriOpt,
    UserOpt,
    err_console,
    error_line,
    handled,
    looks_like_extractions,
    state_dir,
)
from .errors import (
    ArticleError,
    InputError,
    Neo4jUnavailable,
    PasswordMissing,
    ServerDown,
    redact_uri,
)

if TYPE_CHECKING:  # the driver is imported only by the commands that talk to Neo4j
    import networkx as nx

    from .neo4j.loader import LoadSummary, Neo4jSettings
    from .state import RememberedServer

__all__ = [
    "neo4j_app",
    "start",
    "stop",
    "status",
    "load",
    "schema",
    "query",
    "export",
    "import_",
    "guide",
    "register",
    "load_graph_cli",
    "neo4j_settings_cli",
    "query_graph_cli",
    "settings_from",
    "resolve_uri",
    "load_summary_line",
]


neo4j_app = typer.Typer(
    name="neo4j",
    help="Run a local Neo4j Community server"
    " (jars from Maven Central; needs Java 17+ and mvn once).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, AttributeError):  # closed or replaced stdin
        return False


def _password(prompt: str = "Neo4j password (NEO4J_PASSWORD)") -> str:
    """``NEO4J_PASSWORD``, else a hidden prompt on the terminal;
    no terminal → :class:`PasswordMissing`."""
    pw = os.environ.get("NEO4J_PASSWORD")
    if pw:
        return pw
    if not _stdin_is_tty():
        raise PasswordMissing(
            "NEO4J_PASSWORD is not set and there is no terminal to ask for the password: "
            "export NEO4J_PASSWORD=..."
        )
    return typer.prompt(prompt, hide_input=True, err=True)


def _remembered() -> RememberedServer | None:
    """The server ``graphbuild neo4j start`` remembered, or None."""
    from .state import read_server

    return read_server(state_dir())


def resolve_uri(uri: str | None) -> tuple[str | None, RememberedServer | None]:
    """``(uri, remembered record or None)``: the option or ``NEO4J_URI`` (typer fills both),
    else the remembered local server, else None (the library default, bolt://127.0.0.1:7687)."""
    if uri:
        return uri, None
    rec = _remembered()
    return (rec.uri, rec) if rec is not None else (None, None)


def _settings(
    uri: str | None, user: str | None, database: str | None, *, prompt: bool = True
) -> tuple[Neo4jSettings, RememberedServer | None]:
    from .neo4j.loader import Neo4jSettings

    uri, rec = resolve_uri(uri)
    password = _password() if prompt else os.environ.get("NEO4J_PASSWORD", "")
    return Neo4jSettings.from_env(
        os.environ, uri=uri, user=user, database=database, password=password
    ), rec


def settings_from(
    uri: str | None = None,
    user: str | None = None,
    database: str | None = None,
    *,
    prompt: bool = True,
) -> Neo4jSettings:
    """:class:`Neo4jSettings` from options/env/the remembered server;
    the password from the env or a hidden prompt."""
    return _settings(uri, user, database, prompt=prompt)[0]


@contextlib.contextmanager
def _remembered_hint(rec: RememberedServer | None) -> Iterator[None]:
    """When the remembered server does not answer, say where that URI came from."""
    try:
        yield
    except Neo4jUnavailable as err:
        if rec is None:
            raise
        raise Neo4jUnavailable(
            f"{err} (this is the local server remembered from"
            f" 'graphbuild neo4j start --home {rec.home}': "
            "start it again, or give --uri / NEO4J_URI)"
        ) from None


@contextlib.contextmanager
def neo4j_settings_cli(
    uri: str | None = None, user: str | None = None, database: str | None = None
) -> Iterator[Neo4jSettings]:
    """The settings for ``graphbuild run --neo4j``, resolved (password asked) when entered.

    Inside the block a remembered server that does not answer says where its URI came from.
    """
    settings, rec = _settings(uri, user, database)
    with _remembered_hint(rec):
        yield settings


def _queries_dir(queries_dir: Path | None) -> Path | None:
    """``queries_dir``, else ``GRAPHBUILD_QUERIES_DIR`` (for commands without ``--queries-dir``)."""
    if queries_dir is None and os.environ.get("GRAPHBUILD_QUERIES_DIR"):
        return Path(os.environ["GRAPHBUILD_QUERIES_DIR"])
    return queries_dir


def _home(home: Path | None) -> Path:
    """``--home``, else the remembered server's home, else the default home; absolute."""
    from .neo4j.server import default_home

    if home is None:
        rec = _remembered()
        home = Path(rec.home) if rec is not None else default_home()
    return Path(home).expanduser().absolute()


HomeOpt = Annotated[
    Optional[Path],
    typer.Option(
        "--home",
        help="Server home: conf, data, logs.",
        show_default="the remembered server's home, else ~/.local/share/graphbuild/neo4j",
    ),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar or summary on stderr.")
]


# -------------------------------------------------------------------------- neo4j start|stop|status
@neo4j_app.command()
def start(
    port: Annotated[
        Optional[int],
        typer.Option(
            "--port",
            help="Bolt port.",
            show_default="the port the server in --home runs on, else 7687",
        ),
    ] = None,
    home: HomeOpt = None,
    http_port: Annotated[
        Optional[int],
        typer.Option(
            "--http-port",
            help="Also open the HTTP connector on this port (the Browser's, with --browser).",
            show_default="off; 7474 with --browser",
        ),
    ] = None,
    browser: Annotated[
        bool,
        typer.Option(
            "--browser",
            help="Serve Neo4j Browser on 127.0.0.1 (HTTP) and the query library as its guide.",
        ),
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 180.0,
    quiet: QuietOpt = False,
) -> None:
    """Start the local server in the background and remember it;
    returns once Bolt answers (no-op if up)."""
    with handled():
        from .neo4j import server

        where = _home(home)
        for p in (port, http_port):  # bad options fail before any password is asked for
            if p is not None:
                server.check_port(p)
        server.make_home(where)
        password = os.environ.get("NEO4J_PASSWORD")
        if not password and not server.initialised(where):
            password = _password("initial Neo4j password (NEO4J_PASSWORD)")
        st = server.start(
            where,
            port,
            password=password,
            http_port=http_port,
            timeout=timeout,
            quiet=quiet,
            runtime=server.Runtime.from_env(os.environ),
            browser=browser,
            queries_dir=_queries_dir(None),
        )
        _remember(where, st.uri, quiet)
        typer.echo(st.line())
        if st.guide_url:  # the guide again, now with examples from the graph it serves
            _publish_guide(where, st.guide_url, st.uri, password, None, None, quiet)
        for line in server.browser_lines(st):
            typer.echo(line)


def _publish_guide(
    where: Path,
    guide_url: str | None,
    uri: str | None,
    password: str | None,
    user: str | None,
    database: str | None,
    quiet: bool,
    out: Path | None = None,
) -> Path:
    """Write the guide (into ``out``, else the guide folder of the server in ``where``), with
    examples from the graph at ``uri`` when a password opens it; a line on stderr says which."""
    from .neo4j import guide, guideserver
    from .neo4j.loader import Neo4jSettings

    settings = None
    if password:
        settings = Neo4jSettings.from_env(
            os.environ, uri=uri, user=user, database=database, password=password
        )
    directory = out if out is not None else where / guideserver.GUIDE_DIR
    try:
        path, examples = guide.publish(directory, guide_url, settings, _queries_dir(None))
    except OSError as exc:
        raise InputError(f"{directory}: cannot write the guide ({exc.strerror or exc})") from None
    if not quiet:
        err_console.print(f"guide: {path} (examples: {examples.source})", markup=False)
    return path


@neo4j_app.command()
def stop(home: HomeOpt = None) -> None:
    """Stop the local server (SIGTERM, then SIGKILL after 60 s) and forget it."""
    with handled():
        from .neo4j import server
        from .state import forget_server

        where = _home(home)
        stopped = server.stop(where)
        with contextlib.suppress(OSError):
            forget_server(state_dir(), where)
        typer.echo("stopped" if stopped else "not running")


@neo4j_app.command()
def status(
    port: Annotated[
        Optional[int],
        typer.Option(
            "--port",
            help="Bolt port to check.",
            show_default="the port the server in --home was started on",
        ),
    ] = None,
    home: HomeOpt = None,
) -> None:
    """URI, version and up/down of the local server (exit 6 when down)."""
    with handled():
        from .neo4j import server

        where = _home(home)
        rec = _remembered()
        if port is None and rec is not None and Path(rec.home) == where:
            with contextlib.suppress(
                ValueError
            ):  # the port it was started on (its own run/ file agrees)
                port = urlparse(rec.uri).port
        st = server.status(where, port)
        typer.echo(st.line())
        if not st.up:
            raise typer.Exit(code=ServerDown.exit_code)


def _remember(where: Path, uri: str, quiet: bool) -> None:
    """Record the started server for the other commands (a warning when that fails)."""
    from .state import remember_server, server_file

    sd = state_dir()
    try:
        remember_server(sd, uri, where)
    except OSError as exc:  # the server runs; only the convenience is lost
        if not quiet:
            err_console.print(
                f"warning: could not remember the server in {server_file(sd)} "
                f"({exc.strerror or exc}); give --uri or NEO4J_URI to the other commands",
                markup=False,
            )


ImportMemoryOpt = Annotated[
    str,
    typer.Option(
        "--memory",
        metavar="SIZE",
        help="The importer's heap and its off-heap memory, each (e.g. 1G, 4G; larger"
        " imports need more).",
    ),
]


@neo4j_app.command("import")
def import_(
    directory: Annotated[
        Path,
        typer.Argument(
            help="A directory written by 'graphbuild export --format neo4j-admin'.",
            show_default=False,
        ),
    ],
    home: HomeOpt = None,
    port: Annotated[
        Optional[int],
        typer.Option(
            "--port",
            help="Bolt port to start the server on.",
            show_default="the last one, else 7687",
        ),
    ] = None,
    http_port: Annotated[
        Optional[int],
        typer.Option("--http-port", help="Also open the HTTP connector.", show_default="off"),
    ] = None,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite", help="Replace the server's database (everything in it is lost)."
        ),
    ] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for Bolt.")] = 180.0,
    memory: ImportMemoryOpt = "1G",
    quiet: QuietOpt = False,
) -> None:
    """Bulk-load an export into the STOPPED local server with neo4j-admin, then start it,
    apply the schema and remember it. Later articles: 'graphbuild load'."""
    with handled():
        from .neo4j import bulk, server
        from .neo4j.loader import Neo4jSettings

        where = _home(home)
        if port is None:
            rec = _remembered()
            remembered = urlparse(rec.uri).port if rec and Path(rec.home) == where else None
            port = remembered or server.DEFAULT_BOLT_PORT
        password = _password()
        summary = bulk.bulk_load(
            directory,
            where,
            password=password,
            settings=Neo4jSettings.from_env(
                os.environ, uri=f"bolt://127.0.0.1:{port}", password=password
            ),
            port=port,
            http_port=http_port,
            overwrite=overwrite,
            runtime=server.Runtime.from_env(os.environ),
            quiet=quiet,
            timeout=timeout,
            on_started=lambda st: _remember(where, st.uri, quiet),
            memory=_memory_size(memory),
        )
        typer.echo(summary.line())


def _memory_size(text: str) -> str:
    """A size for the importer's JVM: digits and a unit K, M or G, or an InputError."""
    import re

    if not re.fullmatch(r"[1-9][0-9]*[KMGkmg]", text.strip()):
        raise InputError(f"--memory {text!r}: give a size such as 1G or 512M")
    return text.strip().upper()


# --------------------------------------------------------------------------- load / schema / query
def _graph_from_paths(
    paths: list[Path], quiet: bool, min_confidence: float = 0.0
) -> tuple[nx.MultiDiGraph, list[ArticleError]]:
    """Article files/dirs, extraction .jsonl files or one graph.json → (graph, skipped inputs)."""
    from .graph import build_graph, read_graph_json

    if len(paths) == 1 and paths[0].suffix == ".json" and paths[0].is_file():
        try:
            return read_graph_json(paths[0]), []
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"{paths[0]}: not a graph.json file ({exc.__class__.__name__})"
            ) from None
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


# counters of a load that mean "something in the database changed" (whichever the summary has)
_CHANGE_COUNTERS = (
    "nodes_created",
    "relationships_created",
    "properties_set",
    "labels_added",
    "labels_removed",
    "nodes_deleted",
    "relationships_deleted",
)


def load_summary_line(summary: Any) -> str:
    """The summary's own line, plus " — nothing changed" when no counter records a change."""
    line = summary.line() if hasattr(summary, "line") else str(summary)
    changed = getattr(summary, "changed", None)
    if callable(changed):
        changed = changed()
    if not isinstance(changed, bool):
        counts = [
            v for v in (getattr(summary, f, None) for f in _CHANGE_COUNTERS) if isinstance(v, int)
        ]
        changed = any(counts) if counts else True
    if not changed and "nothing changed" not in line:
        line += " — nothing changed"
    return line


def load_graph_cli(
    g: nx.MultiDiGraph,
    *,
    uri: str | None = None,
    user: str | None = None,
    database: str | None = None,
    quiet: bool = False,
    batch_size: int | None = None,
    writers: int | None = None,
) -> LoadSummary:
    """Load ``g`` (for ``graphbuild run --neo4j``); prints the summary unless quiet.
    Raises GraphbuildError."""
    from .neo4j.loader import DEFAULT_BATCH_SIZE, DEFAULT_WRITERS, load_graph

    settings, rec = _settings(uri, user, database)
    with _remembered_hint(rec):
        summary = load_graph(
            g,
            settings,
            batch_size=batch_size or DEFAULT_BATCH_SIZE,
            writers=writers or DEFAULT_WRITERS,
            quiet=quiet,
        )
    if not quiet:
        err_console.print(
            f"loaded into {redact_uri(settings.uri)} ({settings.database}): "
            f"{load_summary_line(summary)}",
            markup=False,
        )
    return summary


def query_graph_cli(
    name: str,
    params: list[str],
    *,
    uri: str | None = None,
    user: str | None = None,
    database: str | None = None,
    queries_dir: Path | None = None,
) -> nx.MultiDiGraph:
    """The graph a named query returns (for ``graphbuild render --query``).
    Raises GraphbuildError."""
    from .neo4j.queries import get_query, parse_params, query_graph

    queries_dir = _queries_dir(queries_dir)
    get_query(name, queries_dir)  # unknown name before asking for a password
    values = parse_params(params)
    settings, rec = _settings(uri, user, database)
    with _remembered_hint(rec):
        return query_graph(name, values, settings, queries_dir=queries_dir)


def load(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt, .jsonl), directories, extraction .jsonl files"
            " or one graph.json.",
            show_default=False,
        ),
    ],
    uri: UriOpt = None,
    user: UserOpt = "neo4j",
    database: DbOpt = "neo4j",
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per UNWIND batch.")
    ] = 2000,  # loader.DEFAULT_BATCH_SIZE (not imported here: the driver loads lazily)
    writers: Annotated[
        int,
        typer.Option(
            "--writers",
            min=1,
            help="Concurrent write transactions (their batches never share a node).",
        ),
    ] = 2,  # loader.DEFAULT_WRITERS
    min_confidence: ThresholdOpt = 0.0,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Load articles (extracted first), extractions or a graph.json into Neo4j —
    idempotently (MERGE)."""
    with handled():
        if scheduler:
            if _load_on_cluster(
                scheduler, paths, uri, user, database, batch_size, writers, min_confidence, quiet
            ):
                raise typer.Exit(code=1)
            return
        g, skipped = _graph_from_paths(paths, quiet, min_confidence)
        load_graph_cli(
            g,
            uri=uri,
            user=user,
            database=database,
            quiet=quiet,
            batch_size=batch_size,
            writers=writers,
        )
        if skipped:
            raise typer.Exit(code=1)


def _load_on_cluster(
    scheduler: str,
    paths: list[Path],
    uri: str | None,
    user: str,
    database: str,
    batch_size: int,
    writers: int,
    threshold: float,
    quiet: bool,
) -> bool:
    """``load --scheduler``: articles extracted and batches written by the cluster's
    workers; the summary line as without it. Whether some input failed."""
    from .cli import _progress
    from .cli_cluster import load_cli

    with neo4j_settings_cli(uri, user, database) as settings, _progress(quiet) as prog:
        summary, failed = load_cli(
            scheduler,
            paths,
            settings,
            graph_of=lambda: _graph_from_paths(paths, quiet, threshold),
            progress=prog,
            batch_size=batch_size,
            writers=writers,
            threshold=threshold,
            quiet=quiet,
        )
    if not quiet:
        err_console.print(
            f"loaded into {redact_uri(settings.uri)} ({settings.database}): "
            f"{load_summary_line(summary)}",
            markup=False,
        )
    return failed


def schema(
    uri: UriOpt = None, user: UserOpt = "neo4j", database: DbOpt = "neo4j", quiet: QuietOpt = False
) -> None:
    """Create the constraints and indexes of cypher/schema.cypher
    (IF NOT EXISTS: safe to repeat)."""
    from .neo4j.loader import apply_schema

    with handled():
        settings, rec = _settings(uri, user, database)
        with _remembered_hint(rec):
            n = apply_schema(settings)
        if not quiet:
            err_console.print(
                f"schema: {n} statements applied to {redact_uri(settings.uri)}"
                f" ({settings.database})",
                markup=False,
            )


def query(
    name: Annotated[
        Optional[str], typer.Argument(help="Query name (see --list).", show_default=False)
    ] = None,
    param: Annotated[
        Optional[list[str]],
        typer.Option(
            "--param",
            "-p",
            metavar="NAME=VALUE",
            help="Query parameter (repeatable; integers are converted).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="table|json|csv", help="Output format.")
    ] = "table",
    list_: Annotated[
        bool, typer.Option("--list", help="List the queries with their parameters.")
    ] = False,
    queries_dir: Annotated[
        Optional[Path],
        typer.Option(
            "--queries-dir",
            envvar="GRAPHBUILD_QUERIES_DIR",
            metavar="DIR",
            help="Folder of .cypher query files to use instead of the packaged ones.",
            show_default="the packaged cypher/queries",
        ),
    ] = None,
    uri: UriOpt = None,
    user: UserOpt = "neo4j",
    database: DbOpt = "neo4j",
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
        settings, rec = _settings(uri, user, database)
        with _remembered_hint(rec):
            result = run_query(name, values, settings, queries_dir=queries_dir)
        out = format_result(result, fmt)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")


def export(
    directory: Annotated[
        Path, typer.Argument(help="Directory to write the files into.", show_default=False)
    ],
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt, .jsonl), directories, extraction .jsonl files"
            " or one graph.json.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", metavar="neo4j-admin", help="Export format."),
    ] = "neo4j-admin",
    min_confidence: ThresholdOpt = 0.0,
    quiet: QuietOpt = False,
) -> None:
    """Write the graph as neo4j-admin CSV files (the rows 'graphbuild load' would write),
    for 'graphbuild neo4j import DIR'."""
    with handled():
        from .neo4j.bulk import export_rows
        from .neo4j.loader import graph_rows

        if fmt != "neo4j-admin":
            raise InputError(f"unknown export format {fmt!r}: use neo4j-admin")
        g, skipped = _graph_from_paths(paths, quiet, min_confidence)
        summary = export_rows(graph_rows(g), directory)
        if not quiet:
            err_console.print(
                f"wrote {summary.line()}; load them into a stopped server with"
                f" 'graphbuild neo4j import {directory}'",
                markup=False,
            )
        if skipped:
            raise typer.Exit(code=1)


def guide(
    home: HomeOpt = None,
    out: Annotated[
        Optional[Path],
        typer.Option(
            "--out",
            "-o",
            metavar="DIR",
            help="Write graphbuild.html and graphbuild.grass here instead"
            " (to serve them yourself for another Neo4j).",
            show_default="the guide folder of the server in --home",
        ),
    ] = None,
    uri: UriOpt = None,
    user: UserOpt = "neo4j",
    database: DbOpt = "neo4j",
    quiet: QuietOpt = False,
) -> None:
    """Write the Neo4j Browser guide of the query library (cypher/queries, or
    GRAPHBUILD_QUERIES_DIR): one slide per query, examples from the graph when it answers."""
    with handled():
        from .neo4j import server

        where = _home(home)
        st = server.status(where) if out is None else None
        if st is not None and not st.guide_url:
            raise InputError(
                f"no Neo4j Browser guide is served for {where}: start it with"
                " 'graphbuild neo4j start --browser', or write the files with -o DIR"
            )
        resolved, _rec = resolve_uri(uri)
        if st is not None and not uri:
            resolved = st.uri
        password = os.environ.get("NEO4J_PASSWORD") or (_password() if _stdin_is_tty() else None)
        url = st.guide_url if st is not None else None
        path = _publish_guide(where, url, resolved, password, user, database, quiet, out)
        typer.echo(f":play {url}" if url else str(path))


def register(app: typer.Typer) -> None:
    """Add ``neo4j start|stop|status|import``, ``load``, ``schema``, ``query`` and ``export``
    to the main app."""
    app.add_typer(neo4j_app, name="neo4j")
    app.command()(export)
    app.command()(load)
    app.command()(schema)
    app.command()(query)
    app.command()(guide)
