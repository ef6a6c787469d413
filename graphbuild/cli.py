"""The ``graphbuild`` command: parse, call the library, map errors to exit codes.

Exit codes (also in the README), one meaning each; every code but 0, 1 and 130
is the ``exit_code`` of a :class:`graphbuild.errors.GraphbuildError` subclass:

===  ===========================================================================
0    success
1    finished, but some inputs were skipped (each named on stderr) — only that
2    bad input: nothing readable, bad gold/graph file, unwritable output, bad
     query parameter, unknown query name (InputError, QueryNotFound)
3    a lexicon data file is malformed (LexiconError)
4    Neo4j: unreachable, wrong password, unknown database, Cypher error (Neo4jError)
5    the local Neo4j server could not be started or stopped (ServerError)
6    ``neo4j status``: the local server is down (ServerDown)
7    no NEO4J_PASSWORD and no terminal to ask for it on (PasswordMissing)
8    a query named an entity the graph does not hold (EntityNotFound)
9    any other expected failure (GraphbuildError)
130  interrupted (Ctrl-C)
===  ===========================================================================
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .cli_cluster import SchedulerOpt, check_jobs
from .cli_common import (
    DbOpt,
    JobsOpt,
    ThresholdOpt,
    UriOpt,
    UserOpt,
    err_console,
    error_line,
    handled,
    jobs_or_all,
    looks_like_extractions,
)
from .errors import ArticleError, InputError

if TYPE_CHECKING:  # the pipeline is imported only by the commands that run it
    import networkx as nx

    from .evaluate import Report
    from .model import Article, Extraction
    from .graphstream import StreamedGraph
    from .sinks import Sink, SinkResult

app = typer.Typer(
    name="graphbuild",
    help="Turn news articles (Arabic and English) into a graph of who met whom, who belongs to"
    " what and who said what.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=True,
    )


def _read(paths: list[Path]) -> tuple[list[Article], list[ArticleError]]:
    from .sources import read_articles

    skipped: list[ArticleError] = []

    def on_error(err: ArticleError) -> None:
        skipped.append(err)
        error_line(str(err))

    arts = read_articles([str(p) for p in paths], on_error=on_error)
    if not arts:
        raise InputError("no readable articles in " + ", ".join(str(p) for p in paths))
    return arts, skipped


def _extract(arts: list[Article], quiet: bool, threshold: float, jobs: int = 1) -> list[Extraction]:
    from .pipeline import extract, filter_confidence

    with _progress(quiet) as prog:
        task = prog.add_task("extracting", total=len(arts))
        exs = extract(arts, progress=lambda _a: prog.advance(task), jobs=jobs)
    return [filter_confidence(e, threshold) for e in exs]


PathsArg = Annotated[
    list[Path],
    typer.Argument(help="Article files (.txt, .jsonl) or directories.", show_default=False),
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bars or summaries on stderr.")
]


@app.command()
def extract(
    paths: PathsArg,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="Extraction JSONL file to write ('-' for stdout);"
            " with --scheduler, the directory of the shards.",
        ),
    ] = Path("-"),
    min_confidence: ThresholdOpt = 0.0,
    jobs: JobsOpt = None,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Extract entities and relations; write one JSON object per article (FORMAT.md)."""
    with handled():
        check_jobs(scheduler, jobs)
        if scheduler:
            _extract_on_cluster(scheduler, paths, output, min_confidence, quiet)
            return
        from .sinks import ExtractionsFile, ExtractionsStream

        to_stdout = str(output) == "-"
        sink: Sink = ExtractionsStream(sys.stdout) if to_stdout else ExtractionsFile(output)
        count, skipped = _run_streamed(
            paths, [sink], quiet=quiet, jobs=jobs, threshold=min_confidence, graph=False
        )
        if not to_stdout and not quiet:
            err_console.print(f"wrote {count} extraction(s) to {output}")
        if skipped:
            raise typer.Exit(code=1)


def _extract_on_cluster(
    scheduler: str, paths: list[Path], output: Path, threshold: float, quiet: bool
) -> None:
    """``extract --scheduler``: the workers write the shards into the directory ``output``."""
    from .cli_cluster import run_cli
    from .cluster import ClusterJob

    if str(output) == "-":
        raise InputError("with --scheduler, --output is a directory for the extraction shards")
    job = ClusterJob(
        out=output,
        formats=("extractions",),
        graph=False,
        threshold=threshold,
        quiet=quiet,
        empty_error="no readable articles in " + ", ".join(str(p) for p in paths),
    )
    with _progress(quiet) as prog:
        count, failed = run_cli(scheduler, paths, job, progress=prog)
    if not quiet:
        err_console.print(f"wrote {count} extraction(s) to {output}/extractions-*.jsonl")
    if failed:
        raise typer.Exit(code=1)


def _formats(value: str, scheduler: str | None = None, out: Path = Path(".")) -> list[str]:
    """The names of ``--formats``; a cluster run writes no neo4j-admin directory."""
    from .sinks import FORMATS

    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise typer.BadParameter(
            f"{', '.join(unknown) or 'nothing'}: choose from {', '.join(FORMATS)}"
        )
    if scheduler and "neo4j-admin" in names:
        raise InputError(
            "--formats neo4j-admin is not written by a --scheduler run: export its graph"
            f" with 'graphbuild export --format neo4j-admin DIR {out / 'graph.json'}'"
        )
    return names


@app.command()
def run(
    paths: PathsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path(
        "graphbuild-out"
    ),
    min_confidence: ThresholdOpt = 0.0,
    max_nodes: Annotated[
        int, typer.Option(help="Node cap of the HTML page (most connected part kept).")
    ] = 1500,
    formats: Annotated[
        str,
        typer.Option(
            "--formats",
            metavar="LIST",
            help="Files to write, comma-separated: extractions, json, graphml, html,"
            " neo4j-admin (the CSV directory of 'graphbuild neo4j import').",
        ),
    ] = "extractions,json,html",
    neo4j: Annotated[
        bool,
        typer.Option(
            "--neo4j", help="Also load the graph into Neo4j (password: NEO4J_PASSWORD or a prompt)."
        ),
    ] = False,
    uri: UriOpt = None,
    user: UserOpt = "neo4j",
    database: DbOpt = "neo4j",
    jobs: JobsOpt = None,
    scheduler: SchedulerOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """The main job: extractions.jsonl, graph.json and graph.html (--formats) in --out."""
    with handled(), contextlib.ExitStack() as stack:
        from .sinks import output_sinks

        chosen = _formats(formats, scheduler, out)
        check_jobs(scheduler, jobs)
        settings = None
        if neo4j:  # the password is asked for before the work, not after it
            from .cli_neo4j import neo4j_settings_cli

            settings = stack.enter_context(neo4j_settings_cli(uri, user, database))
        if scheduler:
            from .cluster import ClusterJob

            job = ClusterJob(out, tuple(chosen), True, min_confidence, max_nodes=max_nodes)
            if _run_on_cluster(scheduler, paths, job, settings, quiet):
                raise typer.Exit(code=1)
            return
        sinks = output_sinks(
            out,
            max_nodes=max_nodes,
            neo4j=settings,
            quiet=quiet,
            formats=chosen,
            on_wait=None if quiet else lambda msg: err_console.print(msg, markup=False),
        )
        _, skipped = _run_streamed(paths, sinks, quiet=quiet, jobs=jobs, threshold=min_confidence)
        if skipped:
            raise typer.Exit(code=1)


def _run_on_cluster(
    scheduler: str, paths: list[Path], job: Any, settings: Any, quiet: bool
) -> bool:
    """``run --scheduler`` (shards extractions-NNNNN.jsonl in --out instead of
    extractions.jsonl); whether some input failed."""
    import dataclasses

    from .cli_cluster import run_cli

    empty = "no readable articles in " + ", ".join(str(p) for p in paths)
    job = dataclasses.replace(job, neo4j=settings, quiet=quiet, empty_error=empty)
    with _progress(quiet) as prog:
        _, failed = run_cli(
            scheduler,
            paths,
            job,
            progress=prog,
            on_graph=_graph_line(quiet),
            on_result=None if quiet else _report,
            on_wait=None if quiet else lambda msg: err_console.print(msg, markup=False),
        )
    return bool(failed)


def _graph_line(quiet: bool) -> Callable[[int, Any], None]:
    """The line ``run`` prints once the graph is built: articles, nodes and edges by type."""
    from .graph import graph_summary

    def on_graph(count: int, g: nx.MultiDiGraph | StreamedGraph) -> None:
        if not quiet:
            s = graph_summary(g)
            err_console.print(f"{count} article(s) → nodes {s['nodes']} edges {s['edges']}")

    return on_graph


def _run_streamed(
    paths: list[Path],
    sinks: list[Sink],
    *,
    quiet: bool,
    jobs: int | None,
    threshold: float,
    graph: bool = True,
) -> tuple[int, list[ArticleError]]:
    """The articles of ``paths`` streamed into ``sinks`` (with the graph unless ``graph`` is
    False): the number of articles, and the inputs skipped."""
    from .pipeline import run_streamed
    from .sources import iter_articles

    skipped: list[ArticleError] = []

    def on_error(err: ArticleError) -> None:
        skipped.append(err)
        error_line(str(err))

    with _progress(quiet) as prog:
        task = prog.add_task("extracting", total=None)
        outcome = run_streamed(
            iter_articles([str(p) for p in paths], on_error=on_error),
            sinks,
            jobs=jobs_or_all(jobs),
            threshold=threshold,
            progress=lambda _a: prog.advance(task),
            on_graph=_graph_line(quiet or not graph),
            on_result=None if quiet or not graph else _report,
            empty_error="no readable articles in " + ", ".join(str(p) for p in paths),
            graph=graph,
        )
    return outcome.articles, skipped


def _report(result: SinkResult) -> None:
    """One line on stderr per output of ``run``: the files once published as a set, or what
    the Neo4j load did (a file sink's own result only says it is written, not yet published)."""
    if result.name == "html" and result.detail:  # a big page drawn in part: what it left out
        err_console.print(result.detail, markup=False)
    if result.path is not None:
        return
    if result.name == "outputs":
        for path in result.detail:
            err_console.print(f"  {path}", markup=False)
    else:
        from .cli_neo4j import load_summary_line

        err_console.print(
            f"loaded into {result.target}: {load_summary_line(result.detail)}", markup=False
        )


def _eval_predictions(
    articles: list[Path], other: set[str], quiet: bool
) -> tuple[dict, list[ArticleError]]:
    """What ``eval`` scores: an extraction .jsonl read back, or the articles extracted now.

    Articles whose gold id is in ``other`` (the other half) are neither extracted nor
    scored. Returns the predictions by article id and the articles that could not be read.
    """
    skipped: list[ArticleError] = []
    if (
        len(articles) == 1
        and articles[0].suffix == ".jsonl"
        and looks_like_extractions(articles[0])
    ):
        from .evaluate import load_predictions

        predicted = load_predictions(articles[0])
    else:
        arts, skipped = _read(articles)
        arts = [a for a in arts if a.id not in other]
        predicted = {ex.article.id: ex.to_dict() for ex in _extract(arts, quiet, 0.0)}
    return {k: v for k, v in predicted.items() if k not in other}, skipped


def _write_eval_report(report: Report, *, as_json: bool, misses: bool, half: str | None) -> None:
    """Print ``eval``'s report: JSON (with the half and misses when asked) or the table."""
    if as_json:
        doc = report.to_dict()
        if half is not None:
            doc["half"] = half.upper()
        if misses:
            doc["misses"] = report.misses_by_type()
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    else:
        sys.stdout.write(report.format_table() + "\n")
        if misses:
            sys.stdout.write(report.format_misses() + "\n")


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold directory (or one gold .json file).")],
    articles: Annotated[
        list[Path],
        typer.Argument(help="Articles to extract, or an extraction .jsonl.", show_default=False),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    misses: Annotated[
        bool,
        typer.Option(
            "--misses",
            help="Also list false negatives and false positives"
            ' (with --json: a "misses" key, by type).',
        ),
    ] = False,
    half: Annotated[
        Optional[str],
        typer.Option(
            "--half",
            metavar="A|B",
            help="dev2 only: score one fixed half"
            " (A = odd ids, for developing; B = even ids, for measuring).",
            show_default=False,
        ),
    ] = None,
    quiet: QuietOpt = False,
) -> None:
    """Score extraction against gold files: P/R/F1 per type, overall and per language."""
    with handled():
        from .evaluate import load_gold, score, select_half

        gold_docs = load_gold(gold)
        other: set[str] = set()  # gold ids of the other half: neither extracted nor scored
        if half is not None:
            half_docs = select_half(gold_docs, half)
            other = set(gold_docs) - set(half_docs)
            gold_docs = half_docs
        predicted, skipped = _eval_predictions(articles, other, quiet)
        report = score(gold_docs, predicted)
        _write_eval_report(report, as_json=as_json, misses=misses, half=half)
        if skipped:
            raise typer.Exit(code=1)


@app.command()
def render(
    graph_json: Annotated[
        Optional[Path], typer.Argument(help="graph.json written by 'graphbuild run'.")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "graph.html"
    ),
    query: Annotated[
        Optional[str],
        typer.Option(
            "--query", help="Render the graph a named Cypher query returns (needs Neo4j)."
        ),
    ] = None,
    param: Annotated[
        Optional[list[str]],
        typer.Option("--param", "-p", metavar="NAME=VALUE", help="Query parameter (repeatable)."),
    ] = None,
    max_nodes: Annotated[
        int, typer.Option(help="Node cap (most connected part kept, with a notice).")
    ] = 1500,
    title: Annotated[str, typer.Option(help="Page title.")] = "graphbuild",
    uri: UriOpt = None,
    user: UserOpt = "neo4j",
    database: DbOpt = "neo4j",
    quiet: QuietOpt = False,
) -> None:
    """Draw the offline HTML page from graph.json or from a named Cypher query."""
    with handled():
        from .render import render as render_page

        _check_output(output)
        if query is not None and graph_json is None:
            from .cli_neo4j import query_graph_cli

            g = query_graph_cli(query, param or [], uri=uri, user=user, database=database)
        elif graph_json is not None and query is None:
            from .graph import read_graph_json

            try:
                g = read_graph_json(graph_json)
            except FileNotFoundError:
                raise InputError(f"{graph_json}: no such file") from None
            except ValueError as exc:  # JSON errors too
                raise InputError(f"{graph_json}: not a graph.json file ({exc})") from None
            except (OSError, UnicodeDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(
                    f"{graph_json}: not a graph.json file ({exc.__class__.__name__})"
                ) from None
        else:
            raise InputError("give either GRAPH_JSON or --query NAME")
        path = render_page(g, output, title=title, max_nodes=max_nodes)
        if not quiet:
            err_console.print(f"wrote {path} ({g.number_of_nodes()} nodes)")


def _check_output(path: Path) -> None:
    """Refuse, before any work, an ``-o`` that only a run may replace (a link, FIFO, device)."""
    from .fsutil import UnsafeTargetError, check_target

    try:
        check_target(path)
    except UnsafeTargetError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def _register_neo4j() -> None:
    try:
        from . import cli_neo4j
    except ImportError:  # pragma: no cover - the module ships with the package
        return
    cli_neo4j.register(app)


_register_neo4j()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # Ctrl-C outside a command (typer maps the ones inside to 130 too)
        error_line("interrupted")
        sys.exit(130)
    except OSError as exc:  # stdout on a full disk or a closed pipe: one line, exit 9
        _drop_stdout()
        where = exc.filename or "the output"
        error_line(f"cannot write {where} ({exc.strerror or exc})")
        sys.exit(9)


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be written
    raises nothing more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    main()
