"""``--scheduler``: the commands ``run``, ``extract`` and ``load`` on a Dask cluster.

The option (and ``GRAPHBUILD_SCHEDULER``) is read here, at the command line; the work
is :mod:`graphbuild.cluster`'s. Nothing imports Dask unless a scheduler is given."""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from .cli_common import err_console, error_line, looks_like_extractions
from .errors import GraphbuildError, InputError

if TYPE_CHECKING:
    from distributed import Client
    from rich.progress import Progress

    from .cluster import ClusterJob
    from .neo4j.loader import LoadSummary, Neo4jSettings
    from .sinks import SinkResult

__all__ = ["SchedulerOpt", "cluster_client", "run_cli", "load_cli", "check_jobs"]

SchedulerOpt = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        envvar="GRAPHBUILD_SCHEDULER",
        metavar="ADDRESS",
        help="Run on a Dask cluster: a scheduler address (tcp://host:8786), or local:N for a"
        " LocalCluster of N worker processes. Needs Dask (the extra named dask).",
        show_default="none: this machine, --jobs processes",
    ),
]


def check_jobs(scheduler: str | None, jobs: int | None) -> None:
    """``--jobs`` counts local processes: with ``--scheduler`` the cluster's workers extract."""
    if scheduler and jobs is not None:
        raise InputError("--jobs and --scheduler: give one (with a scheduler, its workers extract)")


@contextlib.contextmanager
def cluster_client(scheduler: str, quiet: bool) -> Iterator[Client]:
    """The Dask client of ``--scheduler`` (the dashboard link on stderr unless quiet)."""
    if importlib.util.find_spec("distributed") is None:
        raise GraphbuildError(
            "--scheduler needs Dask: pip install 'graphbuild[dask]' (or 'dask[distributed]')"
        )
    from .cluster import open_client

    def note(msg: str) -> None:
        err_console.print(msg, markup=False)

    with open_client(scheduler, on_note=None if quiet else note) as client:
        yield client


def run_cli(
    scheduler: str,
    paths: list[Path],
    job: ClusterJob,
    *,
    progress: Progress,
    on_graph: Callable[[int, Any], None] | None = None,
    on_result: Callable[[SinkResult], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    work_root: Path | None = None,
) -> tuple[int, list[str]]:
    """``run`` / ``extract`` on the cluster: the number of articles, and the inputs that
    failed (each already on stderr as ``error: FILE: reason``)."""
    failed: list[str] = []
    with cluster_client(scheduler, job.quiet) as client:
        outcome = _extract(
            client,
            paths,
            job,
            progress,
            failed,
            on_graph=on_graph,
            on_result=on_result,
            on_wait=on_wait,
            work_root=work_root,
        )
    return outcome.articles, failed


def _extract(
    client: Client,
    paths: list[Path],
    job: ClusterJob,
    progress: Progress,
    failed: list[str],
    **hooks: Any,
) -> Any:
    """``run_on_cluster`` with the CLI's progress bar and error lines (each failed input is
    also appended to ``failed``); ``hooks`` are its other keyword arguments."""
    from .cluster import run_on_cluster

    def on_error(msg: str) -> None:
        failed.append(msg)
        error_line(msg)

    task = progress.add_task("extracting", total=None)
    return run_on_cluster(
        client,
        [str(p) for p in paths],
        job,
        on_error=on_error,
        progress=lambda n: progress.advance(task, n),
        **hooks,
    )


def load_cli(
    scheduler: str,
    paths: list[Path],
    settings: Neo4jSettings,
    *,
    graph_of: Callable[[], tuple[Any, list[Any]]],
    progress: Progress,
    batch_size: int,
    writers: int,
    threshold: float,
    quiet: bool,
) -> tuple[LoadSummary, bool]:
    """``load`` on the cluster: articles are extracted there (other inputs are read here by
    ``graph_of``), and the batches are written by the workers. The summary, and whether
    some input failed. The work directory is made in the current directory."""
    from .cluster import ClusterJob, load_on_cluster
    from .graphstream import StreamedGraph

    with cluster_client(scheduler, quiet) as client:
        failed: list[str] = []
        if _articles_only(paths):
            graphs: list[Any] = []

            def keep(_count: int, g: Any) -> None:
                graphs.append(g.materialize() if isinstance(g, StreamedGraph) else g)

            job = ClusterJob(threshold=threshold, quiet=quiet, empty_error=_empty(paths))
            _extract(client, paths, job, progress, failed, on_graph=keep, work_root=Path.cwd())
            g = graphs[0]
        else:
            g, skipped = graph_of()
            failed += [str(s) for s in skipped]
        summary = load_on_cluster(
            client,
            g,
            settings,
            work_root=Path.cwd(),
            batch_size=batch_size,
            writers=writers,
            quiet=quiet,
        )
    return summary, bool(failed)


def _empty(paths: list[Path]) -> str:
    return "no readable articles in " + ", ".join(str(p) for p in paths)


def _articles_only(paths: list[Path]) -> bool:
    """No extraction .jsonl and no graph.json among ``paths`` (as ``load`` tells them)."""
    if len(paths) == 1 and paths[0].suffix == ".json" and paths[0].is_file():
        return False
    return not any(
        p.suffix == ".jsonl" and p.is_file() and looks_like_extractions(p) for p in paths
    )
