"""The main job on a Dask cluster (``--scheduler``): the same output as one process.

Nothing here imports Dask at module level, and the rest of graphbuild never imports this
module unless a scheduler is given, so the default install does not need Dask. The
client code is the same for a ``LocalCluster`` (``local:N``), SSH hosts, Kubernetes or an
HPC queue: :func:`open_client` connects to any scheduler address.

A run has three phases; only paths, small summaries and the resolution travel through
the scheduler, never article text:

1. **map** — the input files (:func:`plan_partitions`: in the order one process reads
   them, consecutive files grouped up to :data:`PARTITION_BYTES`) are partitions; a
   worker reads its own from the shared path, extracts it exactly as one process does
   (:func:`graphbuild.pipeline._spill`) into a raw file of the work directory, and
   returns its :class:`~graphbuild.resolve.OfficialIndex` (one compact summary per
   official) and its article ids;
2. **reduce** — the client folds the indexes in partition order
   (:meth:`~graphbuild.resolve.OfficialIndex.update`) and takes the resolution from the
   same :meth:`~graphbuild.resolve.OfficialIndex.resolution` one process uses; an
   article id already seen in an earlier partition is dropped there (the partition is
   extracted again without it), as one process drops it;
3. **map** — each worker applies the resolution (broadcast once) to its raw file
   (:func:`graphbuild.pipeline._replay`) and writes the extraction shard
   ``extractions-00000.jsonl``…, the lines ``graphbuild extract`` writes.

The client then reads the shards in partition order into the graph and the file sinks
(:func:`graphbuild.pipeline.replay_into_sinks`): ``graph.json`` and the page are the
bytes of a single-process run. The Neo4j load's batches (:func:`graphbuild.neo4j.loader.
load_graph`, its grouping and its bounded writers unchanged) run as write transactions
on the workers (:class:`ClusterDriver`).

Every task is deterministic and writes its files atomically, so a retried task (Dask's
``retries``, or a worker that died) gives the same bytes; results are keyed by partition
index, so the order tasks finish in changes nothing. A partition that still fails is
reported (``error: FILE: reason``, one line per file) and the rest goes on.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ArticleError, GraphbuildError, InputError
from .fsutil import AtomicFile, OutputDir, UnsafeTargetError
from .model import Article
from .pipeline import Timings, _replay, _spill, replay_into_sinks
from .resolve import OfficialIndex, Resolution
from .sinks import (
    OUTPUT_FILES,
    GraphJsonFile,
    GraphMLFile,
    Neo4jSink,
    OutputSet,
    PageFile,
    Sink,
    SinkResult,
    extraction_line,
    run_sinks,
)
from .sources import _expand, iter_articles

if TYPE_CHECKING:
    from distributed import Client

    from .neo4j.loader import Neo4jSettings

__all__ = [
    "PARTITION_BYTES",
    "RETRIES",
    "ClusterDriver",
    "ClusterJob",
    "ClusterOutcome",
    "Partition",
    "load_on_cluster",
    "open_client",
    "plan_partitions",
    "run_on_cluster",
    "shard_name",
]

#: input bytes per partition: consecutive small files are grouped up to this size (a
#: larger file is a partition of its own); big enough that a task's round trip is cheap
PARTITION_BYTES = 1 << 20
#: times Dask runs a failed task again before its partition is reported
RETRIES = 2


def shard_name(index: int) -> str:
    """The extraction shard of partition ``index``: ``extractions-00000.jsonl``…"""
    return f"extractions-{index:05d}.jsonl"


# --------------------------------------------------------------------------- the client
def _has_dashboard(local: bool) -> bool:
    """Whether the scheduler's web server has the dashboard pages: it serves them when bokeh
    is installed (known here for a ``LocalCluster``; a remote scheduler is trusted to)."""
    import importlib.util

    return not local or importlib.util.find_spec("bokeh") is not None


@contextlib.contextmanager
def open_client(address: str, on_note: Callable[[str], None] | None = None) -> Iterator[Client]:
    """A Dask client for ``address``: ``local:N`` starts a ``LocalCluster`` of N worker
    processes (one thread each) on 127.0.0.1, anything else is a scheduler address
    (``tcp://host:8786``). ``on_note`` is told the dashboard link when there is one."""
    from distributed import Client, LocalCluster

    with contextlib.ExitStack() as stack:
        if address.startswith("local:"):
            n = _local_workers(address)
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # a free port, this machine only
                    silence_logs=logging.ERROR,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(address, timeout="30s"))
            except (OSError, ValueError, TypeError) as exc:
                raise GraphbuildError(f"cannot reach the Dask scheduler {address}: {exc}") from None
        services = client.scheduler_info().get("services", {})
        local = address.startswith("local:")
        if on_note is not None and "dashboard" in services and _has_dashboard(local):
            on_note(f"dask dashboard: {client.dashboard_link}")
        yield client


def _local_workers(address: str) -> int:
    try:
        n = int(address.split(":", 1)[1])
    except ValueError:
        n = 0
    if n < 1:
        raise InputError(f"--scheduler {address}: local:N needs a number of workers N >= 1")
    return n


# --------------------------------------------------------------------------- partitions
@dataclass(frozen=True)
class Partition:
    """Consecutive input files (in the order one process reads them), read by one task."""

    index: int
    paths: tuple[str, ...]


def plan_partitions(
    paths: Iterable[str | Path],
    on_error: Callable[[ArticleError], None],
    target: int | None = None,
) -> list[Partition]:
    """The files of ``paths`` (directories walked as :func:`~graphbuild.sources.iter_articles`
    walks them, bad paths told to ``on_error``) cut into partitions of about ``target``
    bytes (default :data:`PARTITION_BYTES`). Paths are passed on as given: workers must
    see them at the same place."""
    target = target or PARTITION_BYTES
    groups: list[list[str]] = []
    size = 0
    for path in _expand(paths, on_error):
        try:
            n = path.stat().st_size
        except OSError:
            n = 0  # the worker reports it
        if not groups or size + n > target:
            groups.append([])
            size = 0
        groups[-1].append(str(path))
        size += n
    return [Partition(i, tuple(g)) for i, g in enumerate(groups)]


# --------------------------------------------------------------------------- worker tasks
@dataclass
class _Extracted:
    """What the map of one partition sends back: no extraction, no article text."""

    index: int
    articles: int
    ids: list[str]
    errors: list[str]
    officials: OfficialIndex


def _require_shared(path: str) -> None:
    """On a worker: stop the run (one line) when the client's directory of ``path`` is not
    there; a worker that does not share it would otherwise make its own and lose its work."""
    parent = Path(path).parent
    if not parent.is_dir():
        import socket

        raise GraphbuildError(
            f"{parent}: not found on the worker at {socket.gethostname()}: --scheduler needs"
            " the inputs and the output directory on a path every worker shares"
        )


def _extract_task(part: Partition, raw: str, skip: frozenset[str]) -> _Extracted:
    """On a worker: extract ``part`` into the raw file ``raw`` (as one process spills)."""
    _require_shared(raw)
    errors: list[str] = []
    ids: list[str] = []

    def articles() -> Iterator[Article]:
        for art in iter_articles(part.paths, on_error=lambda err: errors.append(str(err))):
            if art.id in skip:  # an earlier partition had it: dropped as one process drops it
                errors.append(str(ArticleError(art.path or art.id, _duplicate(art.id))))
                continue
            ids.append(art.id)
            yield art

    index = OfficialIndex()
    with AtomicFile(raw) as fh:
        count = _spill(articles(), fh.file, index, 1, Timings(), None)
    return _Extracted(part.index, count, ids, errors, index)


def _duplicate(aid: str) -> str:
    return f"duplicate article id {aid!r}, skipped"


def _shard_task(raw: str, shard: str, resolution: Resolution, threshold: float) -> int:
    """On a worker: the raw file with the corpus resolution applied, as the shard ``shard``."""
    _require_shared(raw)
    _require_shared(shard)
    count = 0
    with open(raw, encoding="utf-8") as spill, AtomicFile(shard) as out:
        for batch in _replay(spill, resolution, threshold, None, Timings()):
            for ex in batch:
                out.write(extraction_line(ex) + "\n")
            count += len(batch)
    return count


# --------------------------------------------------------------------------- map and reduce
@dataclass
class ClusterOutcome:
    """What :func:`run_on_cluster` did: articles, the files of failed partitions."""

    articles: int = 0
    failed: list[str] = field(default_factory=list)
    results: list[SinkResult] = field(default_factory=list)


def _gather(
    client: Client,
    futures: dict[Any, Partition],
    on_done: Callable[[Partition, Any], None],
    on_failed: Callable[[Partition, BaseException], None],
) -> None:
    """Wait for ``futures`` as they finish. A graphbuild error other than a bad article (a
    malformed lexicon…) stops the run as it would stop one process; any other failure,
    once Dask's retries are spent, is the partition's. A result lost with its worker (killed
    after the task finished, before the client read it) is waited for again: the scheduler
    computes it anew, so it is no failure."""
    from distributed import as_completed

    waiting = as_completed(list(futures))
    for fut in waiting:
        part = futures[fut]
        if fut.status == "lost":
            waiting.add(fut)  # yielded again once computed anew
            continue
        if fut.status == "finished":
            on_done(part, fut.result())
            continue
        exc = fut.exception() if fut.status == "error" else RuntimeError(f"task {fut.status}")
        if isinstance(exc, GraphbuildError) and not isinstance(exc, InputError):
            for other in futures:
                other.cancel()
            raise exc
        on_failed(part, exc)


class _Fold:
    """The reduce, as the results come: partitions folded into one
    :class:`~graphbuild.resolve.OfficialIndex` in partition order (a result that comes early
    waits for those before it), so what is kept does not grow with the corpus beyond the
    index and the article ids (one process keeps those too, to drop a repeated id). The
    first partition repeating an id of an earlier one stops the folding: once all are
    back, :meth:`duplicates` says which to extract again without which ids."""

    def __init__(self, on_error: Callable[[str], None]) -> None:
        self.index = OfficialIndex()
        self.articles: dict[int, int] = {}  # the folded partitions' article counts
        self.waiting: dict[int, _Extracted | None] = {}  # None: the partition failed
        self.seen: set[str] = set()
        self.next = 0
        self.blocked = False
        self.on_error = on_error

    def offer(self, i: int, res: _Extracted | None) -> None:
        self.waiting[i] = res
        while self.next in self.waiting and not self.blocked:
            res = self.waiting[self.next]
            if res is not None and not self.seen.isdisjoint(res.ids):
                self.blocked = True
                return
            del self.waiting[self.next]
            self._fold(res)
            self.next += 1

    def _fold(self, res: _Extracted | None) -> None:
        if res is None:
            return
        for err in res.errors:
            self.on_error(err)
        self.seen.update(res.ids)
        self.index.update(res.officials)
        self.articles[res.index] = res.articles

    def duplicates(self) -> dict[int, frozenset[str]]:
        """The waiting partitions holding ids of earlier ones, and those ids."""
        seen = set(self.seen)
        again: dict[int, frozenset[str]] = {}
        for i in sorted(self.waiting):
            res = self.waiting[i]
            if res is not None:
                if not seen.isdisjoint(res.ids):
                    again[i] = frozenset(seen.intersection(res.ids))
                seen.update(res.ids)
        return again

    def drain(self) -> None:
        """Fold what waits, in partition order (its ids made unique by :meth:`duplicates`)."""
        for i in sorted(self.waiting):
            self._fold(self.waiting.pop(i))


@dataclass
class _Run:
    """The state of one cluster run on the client."""

    client: Client
    work: Path
    on_error: Callable[[str], None]
    progress: Callable[[int], None] | None
    failed: list[str] = field(default_factory=list)

    def raw(self, part: Partition) -> str:
        return str(self.work / f"raw-{part.index:05d}.jsonl")

    def fail(self, part: Partition, exc: BaseException) -> None:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        for path in part.paths:
            self.failed.append(path)
            self.on_error(f"{path}: {reason}")

    def extract(
        self,
        parts: Sequence[Partition],
        skips: dict[int, frozenset[str]],
        on_result: Callable[[int, _Extracted | None], None],
    ) -> None:
        """Phase 1 over ``parts``: each result (None: the partition failed) to ``on_result``
        as it comes."""

        def on_done(part: Partition, res: _Extracted) -> None:
            if self.progress is not None:
                self.progress(res.articles)
            on_result(part.index, res)

        def on_failed(part: Partition, exc: BaseException) -> None:
            self.fail(part, exc)
            on_result(part.index, None)

        futures = {
            self.client.submit(
                _extract_task,
                p,
                self.raw(p),
                skips.get(p.index, frozenset()),
                retries=RETRIES,
                pure=False,
                key=f"graphbuild-extract-{p.index}-{os.urandom(4).hex()}",
            ): p
            for p in parts
        }
        _gather(self.client, futures, on_done, on_failed)

    def reduce(self, parts: Sequence[Partition]) -> _Fold:
        """Phase 1 and the reduce (:class:`_Fold`): a partition holding an article id seen in
        an earlier one is extracted again without it, then the rest is folded."""
        fold = _Fold(self.on_error)
        self.extract(parts, {}, fold.offer)
        again = fold.duplicates()
        if again:
            redo = [p for p in parts if p.index in again]
            self.extract(redo, again, fold.waiting.__setitem__)
        fold.drain()
        return fold

    def shards(
        self,
        parts: Sequence[Partition],
        targets: dict[int, Path],
        resolution: Resolution,
        threshold: float,
    ) -> None:
        """Phase 2: each partition's shard written by a worker to ``targets[index]``; a
        partition that fails here is reported and its shard left empty."""
        shared = self.client.scatter(resolution, broadcast=True, hash=False)
        futures = {
            self.client.submit(
                _shard_task,
                self.raw(p),
                str(targets[p.index]),
                shared,
                threshold,
                retries=RETRIES,
                pure=False,
                key=f"graphbuild-shard-{p.index}-{os.urandom(4).hex()}",
            ): p
            for p in parts
        }

        def failed(part: Partition, exc: BaseException) -> None:
            self.fail(part, exc)
            with AtomicFile(targets[part.index]):
                pass  # an empty shard: the set stays whole, the exit code says what failed

        _gather(self.client, futures, lambda p, r: None, failed)


class _Lines:
    """The lines of the shards, in partition order, as ``_replay`` reads a spill."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)

    def seek(self, offset: int) -> int:
        if offset != 0:
            raise ValueError("the shards are only read from the start")
        return 0

    def __iter__(self) -> Iterator[str]:
        for path in self.paths:
            with open(path, encoding="utf-8") as fh:
                yield from fh


# --------------------------------------------------------------------------- the main job
@dataclass(frozen=True)
class ClusterJob:
    """What to make of a cluster run (the options of ``run`` / ``extract`` / ``load``)."""

    out: Path | None = None  # the output directory (None: no file, e.g. ``load``)
    formats: tuple[str, ...] = ("extractions", "json", "html")
    graph: bool = True
    threshold: float = 0.0
    title: str = "graphbuild"
    max_nodes: int = 1500
    neo4j: Neo4jSettings | None = None
    batch_size: int = 500
    quiet: bool = False
    empty_error: str = "no readable articles"


def _output(job: ClusterJob, shards: Iterable[str], on_wait: Any) -> OutputDir | None:
    """The output set of ``job``: its graph files, and the shards when extractions are asked
    for (links of an earlier cluster run's shards are managed, so they go)."""
    if job.out is None:
        return None
    files = [OUTPUT_FILES[n] for n in OUTPUT_FILES if n in job.formats and n != "extractions"]
    names = [*files, *(shards if "extractions" in job.formats else ())]
    old = sorted(p.name for p in job.out.glob("extractions-*.jsonl")) if job.out.is_dir() else []
    output = OutputDir(job.out, names, managed=[*OUTPUT_FILES.values(), *old], on_wait=on_wait)
    try:
        output.check()
    except UnsafeTargetError as exc:
        raise InputError(f"{exc.filename}: cannot write ({exc.strerror})") from None
    return output


def _sinks(job: ClusterJob, output: OutputDir | None, driver: ClusterDriver) -> list[Sink]:
    """The sinks of ``job``: the graph files and the set that publishes them (as
    :func:`~graphbuild.sinks.output_sinks`), then Neo4j loaded by the workers."""
    sinks: list[Sink] = []
    if output is not None and job.out is not None:
        out, wanted = job.out, set(job.formats)
        files: dict[str, Sink] = {
            "json": GraphJsonFile(out / OUTPUT_FILES["json"], output=output),
            "graphml": GraphMLFile(out / OUTPUT_FILES["graphml"], output=output),
            "html": PageFile(
                out / OUTPUT_FILES["html"], title=job.title, max_nodes=job.max_nodes, output=output
            ),
        }
        sinks += [sink for name, sink in files.items() if name in wanted]
        sinks.append(OutputSet(output))
    if job.neo4j is not None:
        sinks.append(
            Neo4jSink(job.neo4j, batch_size=job.batch_size, quiet=job.quiet, driver=driver)
        )
    return sinks


def run_on_cluster(
    client: Client,
    paths: Sequence[str | Path],
    job: ClusterJob,
    *,
    on_error: Callable[[str], None],
    progress: Callable[[int], None] | None = None,
    on_graph: Callable[[int, Any], None] | None = None,
    on_result: Callable[[SinkResult], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    work_root: Path | None = None,
) -> ClusterOutcome:
    """The main job of ``paths`` on the cluster of ``client`` (see the module docstring).

    ``on_error`` gets each bad input as ``FILE[:LINE]: reason``; ``progress`` the number of
    articles of each partition done. No article at all: an :class:`InputError`
    (``job.empty_error``). The work directory (raw files, the load's batches) is made in
    ``work_root`` (default: the output directory), which the workers must share."""
    _output(job, (), on_wait)  # an output that cannot be written: refused before the work
    parts = plan_partitions(paths, lambda err: on_error(str(err)))
    if not parts:
        raise InputError(job.empty_error)
    root = Path(work_root or job.out or ".")
    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".graphbuild-work-", dir=root))
    try:
        run = _Run(client, work, on_error, progress)
        return _run_phases(run, parts, job, on_graph, on_result, on_wait)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_phases(
    run: _Run,
    parts: list[Partition],
    job: ClusterJob,
    on_graph: Callable[[int, Any], None] | None,
    on_result: Callable[[SinkResult], None] | None,
    on_wait: Callable[[str], None] | None,
) -> ClusterOutcome:
    fold = run.reduce(parts)
    count = sum(fold.articles.values())
    if not count:
        raise InputError(job.empty_error)
    resolution = fold.index.resolution()
    kept = [p for p in parts if p.index in fold.articles]
    del fold
    output = _output(job, [shard_name(p.index) for p in kept], on_wait)
    with ClusterDriver(run.client, run.work, job.neo4j) as driver:
        sinks = _sinks(job, output, driver)
        try:
            targets = {
                p.index: (
                    output.file(shard_name(p.index))
                    if output is not None and "extractions" in job.formats
                    else run.work / shard_name(p.index)
                )
                for p in kept
            }
            run.shards(kept, targets, resolution, job.threshold)
        except BaseException:
            for sink in sinks:
                with contextlib.suppress(Exception):
                    sink.abort()
            raise
        results = _finish(job, sinks, [targets[p.index] for p in kept], count, on_graph, on_result)
    return ClusterOutcome(count, run.failed, results)


def _finish(
    job: ClusterJob,
    sinks: list[Sink],
    shards: list[Path],
    count: int,
    on_graph: Callable[[int, Any], None] | None,
    on_result: Callable[[SinkResult], None] | None,
) -> list[SinkResult]:
    """The shards, in partition order, into the graph and ``sinks`` (resolved already: the
    empty resolution and no threshold), or, without a graph, the set published."""
    if job.graph:
        lines: Any = _Lines(shards)
        outcome = replay_into_sinks(
            lines,
            count,
            Resolution({}, {}),
            sinks,
            on_graph=on_graph,
            on_result=on_result,
        )
        return outcome.results
    import networkx as nx

    return run_sinks(sinks, (), nx.MultiDiGraph(), on_result=on_result)


# --------------------------------------------------------------------------- Neo4j on workers
_DRIVERS: dict[Any, Any] = {}  # on a worker: one open driver per settings


def _worker_driver(settings: Neo4jSettings) -> Any:
    from .neo4j.loader import connect

    if settings not in _DRIVERS:
        cm = connect(settings)
        _DRIVERS[settings] = (cm, cm.__enter__())
    return _DRIVERS[settings][1]


def _close_drivers() -> int:
    """On a worker: close the drivers of this run's loads (their pools and the credentials
    they hold do not outlive the run on a long-lived worker); how many were open."""
    closed = 0
    while _DRIVERS:
        _settings, (cm, _driver) = _DRIVERS.popitem()
        with contextlib.suppress(Exception):
            cm.__exit__(None, None, None)
        closed += 1
    return closed


@dataclass(frozen=True)
class _Counters:
    """The result counters of one batch (what :class:`LoadSummary.add` reads)."""

    nodes_created: int
    relationships_created: int
    properties_set: int
    labels_added: int
    retried: int


def _write_task(settings: Neo4jSettings, query: str, rows_path: str) -> _Counters:
    """On a worker: one batch (the rows the client wrote to ``rows_path``) in one managed
    write transaction, which the driver retries on a transient error (a deadlock)."""
    from .neo4j.loader import _counting_retries, _write_batch, translated

    _require_shared(rows_path)
    with open(rows_path, encoding="utf-8") as fh:
        rows = json.load(fh)
    driver = _worker_driver(settings)
    with (
        _counting_retries() as retries,
        translated(settings, "load"),
        driver.session(database=settings.database) as session,
    ):
        c = session.execute_write(_write_batch, query, rows)
    return _Counters(
        c.nodes_created, c.relationships_created, c.properties_set, c.labels_added, retries.count
    )


class _ClusterSession:
    """A session whose write transactions run on the cluster's workers (reads and schema
    statements run here, on a real session)."""

    def __init__(self, owner: ClusterDriver, database: str) -> None:
        self.owner, self.database = owner, database
        self._real: Any = None

    def __enter__(self) -> _ClusterSession:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._real is not None:
            self._real.close()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        if self._real is None:
            self._real = self.owner.real().session(database=self.database)
        return self._real.run(*args, **kwargs)

    def execute_write(self, fn: Any, query: str, rows: list[dict[str, Any]]) -> _Counters:
        return self.owner.write(query, rows)


class ClusterDriver:
    """What :func:`graphbuild.neo4j.loader.load_graph` is given as its driver in a cluster
    run: its planned batches (node files first, batches grouped so that concurrent writers
    never lock the same nodes, at most ``writers`` at once) are written by the workers.
    Each batch goes to the work directory, the task gets its path. The workers' retries
    after a deadlock are told to the client's ``neo4j.session`` logger, where the loader
    counts them. A real driver is opened here, when first needed, for the schema."""

    def __init__(self, client: Client, work: Path, settings: Neo4jSettings | None) -> None:
        self.client, self.work, self.settings = client, work, settings
        self._stack = contextlib.ExitStack()
        self._real: Any = None
        self._n = 0

    def __enter__(self) -> ClusterDriver:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self._n:  # some batch went to a worker: its driver is closed there
                with contextlib.suppress(Exception):  # a worker already gone has none
                    self.client.run(_close_drivers)
        finally:
            self._stack.close()

    def real(self) -> Any:
        if self._real is None:
            from .neo4j.loader import connect

            assert self.settings is not None
            self._real = self._stack.enter_context(connect(self.settings))
        return self._real

    def session(self, database: str = "neo4j", **_: Any) -> _ClusterSession:
        return _ClusterSession(self, database)

    def write(self, query: str, rows: list[dict[str, Any]]) -> _Counters:
        assert self.settings is not None
        self._n += 1  # from the loader's writer threads: the names stay distinct
        path = self.work / f"rows-{self._n:08d}-{os.urandom(4).hex()}.json"
        with open(path, "w", encoding="utf-8") as fh:  # read once, then removed: no fsync
            json.dump(rows, fh, ensure_ascii=False)
        try:
            fut = self.client.submit(
                _write_task, self.settings, query, str(path), retries=RETRIES, pure=False
            )
            counters: _Counters = fut.result()
        finally:
            path.unlink(missing_ok=True)
        log = logging.getLogger("neo4j.session")
        for _ in range(counters.retried):
            log.warning("Transaction failed on a worker and will be retried")
        return counters


def load_on_cluster(
    client: Client,
    graph: Any,
    settings: Neo4jSettings,
    *,
    work_root: Path,
    batch_size: int,
    writers: int,
    quiet: bool = False,
) -> Any:
    """``graph`` (networkx) merged into Neo4j by :func:`~graphbuild.neo4j.loader.load_graph`,
    its batches written by the workers (:class:`ClusterDriver`); the
    :class:`~graphbuild.neo4j.loader.LoadSummary`. The batches pass through a work
    directory made in ``work_root``, which the workers must share."""
    from .neo4j.loader import load_graph

    work = Path(tempfile.mkdtemp(prefix=".graphbuild-work-", dir=work_root))
    try:
        with ClusterDriver(client, work, settings) as cluster_driver:
            driver: Any = cluster_driver  # the part of a neo4j.Driver the loader uses
            return load_graph(
                graph, settings, driver=driver, batch_size=batch_size, writers=writers, quiet=quiet
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
