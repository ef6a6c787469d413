"""The main job as library functions: articles → extractions →
graph → sinks (files, page, Neo4j).

:func:`run_streamed` is the main job over a corpus of any size: articles are read,
extracted (in ``jobs`` processes) and spilled to a temporary JSONL batch by batch
while an :class:`~graphbuild.resolve.OfficialIndex` gathers one summary per
official; once every article is seen, the spill is replayed batch by batch with
the corpus-wide resolution applied, into the sinks and the graph builder. No
article text and no extraction outlives its batch; the outputs are the bytes of
the in-memory path (:func:`extract` then :func:`~graphbuild.graph.build_graph`).

With ``jobs`` above 1 both passes use the same worker processes: in pass 1 they send
back each article's spill line and its officials' index rows; in pass 2 they read the
resolution from files written for them, and send back each article's resolved line and
the texts of its graph items (:func:`~graphbuild.graphstream.prepare`), which this
process adds to the graph in article order (ranks, degrees, the sorted files).
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import networkx as nx

from .errors import InputError
from .fsutil import AtomicFile
from .graph import GraphBuilder
from .graphstream import GraphStream, Prepared, StreamedGraph, prepare
from .model import Article, Extraction
from .nlp.extract import extract_article
from .parallel import BATCH_SIZE, WorkerPool, batched, extract_batches, map_batches, several
from .resolve import (
    OfficialIndex,
    OfficialMention,
    Resolution,
    officials_of,
    open_resolution,
    resolve_corpus,
)
from .sinks import LinedBatch, Sink, SinkResult, extraction_line, output_sinks, run_sinks

__all__ = [
    "Timings",
    "extract",
    "filter_confidence",
    "read_extractions",
    "replay_into_sinks",
    "run_streamed",
    "write_extractions",
    "write_outputs",
]


def extract(
    articles: Iterable[Article],
    progress: Callable[[Article], None] | None = None,
    *,
    resolve: bool = True,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> list[Extraction]:
    """Extract every article, then give each official one id across the corpus.

    ``jobs`` worker processes extract batches of ``batch_size`` articles
    (:func:`graphbuild.parallel.extract_batches`). Deterministic: the same articles
    give byte-identical extractions, whatever ``jobs``.
    """
    out: list[Extraction] = []
    for batch in extract_batches(articles, jobs=jobs, batch_size=batch_size, progress=progress):
        out.extend(batch)
    return resolve_corpus(out) if resolve else out


def filter_confidence(ex: Extraction, threshold: float) -> Extraction:
    """Drop entities and relations below ``threshold`` (and relations to dropped entities)."""
    if threshold <= 0:
        return ex
    ents = tuple(e for e in ex.entities if e.confidence >= threshold)
    keep = {e.id for e in ents}
    rels = tuple(
        r
        for r in ex.relations
        if r.confidence >= threshold and r.source in keep and (r.target is None or r.target in keep)
    )
    return Extraction(article=ex.article, entities=ents, relations=rels)


def write_extractions(extractions: Iterable[Extraction], path: str | Path) -> None:
    """One JSON object per article, keys sorted,
    written atomically (``OSError`` when it cannot be)."""
    with AtomicFile(path) as fh:
        for ex in extractions:
            fh.write(extraction_line(ex) + "\n")


def read_extractions(path: str | Path) -> list[Extraction]:
    """Read an extraction JSONL file written by :func:`write_extractions`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{p}: cannot read extractions ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Extraction.from_dict(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{p}:{lineno}: not an extraction record ({exc})") from None
    return out


def write_outputs(
    extractions: list[Extraction],
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
) -> dict[str, Path]:
    """Write extractions.jsonl, graph.json, graph.graphml and graph.html into ``out_dir``.

    The file sinks of :func:`graphbuild.sinks.output_sinks` run through
    :func:`graphbuild.sinks.run_sinks` and are published as one set (readers see
    the previous four files or these four, never a mix); the paths written, by sink
    name. A file that cannot be written is an :class:`InputError` naming it, and
    then nothing is replaced.
    """
    results = run_sinks(
        output_sinks(out_dir, title=title, max_nodes=max_nodes), [extractions], graph
    )
    return {r.name: r.path for r in results if r.path is not None}


@dataclass
class Timings:
    """Seconds spent per stage of :func:`run_streamed`, in the order the stages first ran."""

    seconds: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t0

    def timed(self, name: str, items: Iterable[Article]) -> Iterator[Article]:
        """``items``, the time spent producing each one counted under ``name``."""
        it = iter(items)
        while True:
            with self.stage(name):
                item = next(it, None)
            if item is None:
                return
            yield item


class _TimedSink:
    """A sink whose ``add`` and ``close`` are counted as the stage ``write <name>``."""

    def __init__(self, sink: Sink, timings: Timings) -> None:
        self.sink, self.timings, self.name = sink, timings, sink.name

    def add(self, extractions: Sequence[Extraction]) -> None:
        with self.timings.stage(f"write {self.name}"):
            self.sink.add(extractions)

    def begin(self, graph: Any) -> None:
        begin = getattr(self.sink, "begin", None)
        if begin is not None:
            with self.timings.stage(f"write {self.name}"):
                begin(graph)

    def close(self, graph: nx.MultiDiGraph) -> SinkResult:
        with self.timings.stage(f"write {self.name}"):
            return self.sink.close(graph)

    def abort(self) -> None:
        self.sink.abort()


@dataclass(frozen=True)
class RunOutcome:
    """What :func:`run_streamed` did: articles, the corpus graph (a
    :class:`~graphbuild.graphstream.StreamedGraph` when it was streamed), each sink's result."""

    articles: int
    graph: nx.MultiDiGraph | StreamedGraph
    results: list[SinkResult]


def _streams(sinks: Sequence[Sink]) -> bool:
    """Every sink takes a :class:`StreamedGraph` on close (its class says ``streams = True``)."""
    return all(getattr(s, "streams", False) for s in sinks)


def _graph_of(
    spill: IO[Any],
    resolution: Resolution,
    threshold: float,
    stream: GraphStream | None,
    builder: GraphBuilder,
    timings: Timings,
) -> nx.MultiDiGraph | StreamedGraph:
    """The corpus graph once the batches are replayed: the stream's, unless it could not be
    ordered without the whole graph (:attr:`GraphStream.exact`): then the spill is replayed
    once more into ``builder``."""
    with timings.stage("graph"):
        if stream is not None:
            streamed = stream.finish()
            if stream.exact:
                return streamed
            streamed.close()
        else:
            return builder.finish()
    for _ in _replay(spill, resolution, threshold, builder, timings):
        pass
    with timings.stage("graph"):
        return builder.finish()


def _tempdir() -> contextlib.AbstractContextManager[str]:
    return tempfile.TemporaryDirectory(prefix="graphbuild-")


def _spill(
    articles: Iterable[Article],
    spill: IO[bytes] | IO[str],
    index: OfficialIndex,
    jobs: int,
    timings: Timings,
    progress: Callable[[Article], None] | None,
    pool: WorkerPool | None = None,
) -> int:
    """Pass 1: extract (in ``jobs`` processes, or ``pool``'s), write each extraction to
    ``spill`` (a binary file, or a text file) and into ``index``; the count."""
    count = 0
    batches = map_batches(
        _spill_parts, timings.timed("read", articles), jobs=jobs, progress=progress, pool=pool
    )
    text = isinstance(spill, io.TextIOBase)
    while True:
        with timings.stage("extract"):
            item = next(batches, None)
        if item is None:
            return count
        with timings.stage("spill"):
            lines = []
            for line, officials in item[1]:
                lines.append(line)
                index.add_officials(officials)
            lines.append(b"")
            block = b"\n".join(lines)
            spill.write(block.decode("utf-8") if text else block)  # type: ignore[arg-type]
        count += len(item[0])


def _spill_parts(articles: list[Article]) -> list[tuple[bytes, list[OfficialMention]]]:
    """Pass 1 of a batch where it is extracted (a worker process, or here): each
    extraction's spill line (UTF-8: this process writes it as it comes, no text decoded
    and encoded again) and its officials as the index reads them (no extraction goes
    between the processes)."""
    out = []
    for art in articles:
        ex = extract_article(art)
        out.append((extraction_line(ex).encode("utf-8"), officials_of(ex)))
    return out


def _replay(
    spill: IO[Any],
    resolution: Resolution,
    threshold: float,
    builder: GraphBuilder | GraphStream | None,
    timings: Timings,
) -> Iterator[list[Extraction]]:
    """Pass 2: the spilled extractions, resolved and filtered, batch by batch, into ``builder``."""
    spill.seek(0)
    for lines in batched(spill, BATCH_SIZE):
        with timings.stage("replay"):
            batch = [_resolved(line, resolution, threshold) for line in lines]
        if builder is not None:
            with timings.stage("graph"):
                for ex in batch:
                    builder.add(ex)
        yield batch


def _resolved(line: str | bytes, resolution: Resolution, threshold: float) -> Extraction:
    """A spill line's extraction, the corpus-wide resolution applied and ``threshold`` kept."""
    return filter_confidence(resolution.apply(Extraction.from_dict(json.loads(line))), threshold)


def _replay_lines(
    resolution: Resolution, threshold: float, lines: list[bytes] | list[str]
) -> tuple[list[bytes], list[Prepared]]:
    """Pass 2 of spilled lines, what does not depend on the articles before them: each
    extraction resolved and filtered, as its line (UTF-8, as the extractions file is
    written) and :func:`~graphbuild.graphstream.prepare`d for the graph."""
    out, prepared = [], []
    for line in lines:
        ex = _resolved(line, resolution, threshold)
        out.append(extraction_line(ex).encode("utf-8"))
        prepared.append(prepare(ex))
    return out, prepared


def _replay_task(
    task: tuple[tuple[str, str], float, list[bytes]],
) -> tuple[list[bytes], list[Prepared]]:
    """:func:`_replay_lines` in a worker process, the resolution read from its files."""
    files, threshold, lines = task
    return _replay_lines(open_resolution(files), threshold, lines)


def _replay_streamed(
    spill: IO[Any],
    resolution: Resolution,
    threshold: float,
    stream: GraphStream,
    timings: Timings,
    pool: WorkerPool | None,
) -> Iterator[LinedBatch]:
    """Pass 2 into a :class:`GraphStream`, batch by batch: :func:`_replay_lines` in the
    workers of ``pool`` when the resolution is in files they can read (and there is more
    than a batch), here otherwise; the stream is fed in order, here."""
    spill.seek(0)
    many, chunks = several(batched(spill, BATCH_SIZE))
    files = resolution.files()
    done: Iterator[tuple[Any, tuple[list[bytes], list[Prepared]]]]
    if pool is None or files is None or not many:
        done = ((c, _replay_lines(resolution, threshold, c)) for c in chunks)
    else:
        done = pool.map(_replay_task, ((files, threshold, c) for c in chunks))
    # no cyclic garbage collection while this process waits for a batch and adds it to the
    # stream: what it makes there is acyclic (tuples of strings, bytes and numbers; freed as
    # the stream's sorts write their runs), and each collection would walk the records they
    # hold and everything the process keeps (about a seventh of this process's time
    # otherwise); the caller's state is back while a batch is handed on (a sink, a Neo4j
    # driver, may make cycles) and when the pass ends
    collecting = gc.isenabled()
    try:
        while True:
            gc.disable()
            with timings.stage("replay"):
                item = next(done, None)
            if item is None:
                return
            lines, prepared = item[1]
            with timings.stage("graph"):
                stream.add_batch(prepared)
            if collecting:
                gc.enable()
            yield LinedBatch(lines)
    finally:
        if collecting:
            gc.enable()


def run_streamed(
    articles: Iterable[Article],
    sinks: Sequence[Sink],
    *,
    jobs: int = 1,
    threshold: float = 0.0,
    progress: Callable[[Article], None] | None = None,
    on_graph: Callable[[int, Any], None] | None = None,
    on_result: Callable[[SinkResult], None] | None = None,
    timings: Timings | None = None,
    empty_error: str = "no readable articles",
    graph: bool = True,
) -> RunOutcome:
    """The main job, streamed (see the module docstring): extract ``articles``, resolve
    officials across them, give ``sinks`` the extractions batch by batch and the graph.

    ``on_graph(articles, graph)`` is called once the graph is built, before the
    sinks close; ``on_result`` as each sink closes (:func:`run_sinks`). No article:
    an :class:`InputError` (``empty_error``) and no sink is written. ``graph=False``:
    no graph is built (the sinks close with an empty one), for extractions alone.

    When every sink ``streams`` (those of :func:`~graphbuild.sinks.output_sinks` do),
    the graph is not built in memory: a :class:`~graphbuild.graphstream.GraphStream`
    keeps the entity index and sorts edges, statements and articles on disk, and the
    sinks (and ``on_graph``) get its :class:`~graphbuild.graphstream.StreamedGraph`.
    Otherwise they get the networkx graph of :func:`~graphbuild.graph.build_graph`.
    """
    timings = timings if timings is not None else Timings()
    index = OfficialIndex()
    try:
        with contextlib.ExitStack() as stack:
            # binary: the lines come and go as UTF-8, never decoded here
            spill = stack.enter_context(tempfile.TemporaryFile("w+b", prefix="graphbuild-"))
            # with workers: both passes in the same ones, the resolution in files they read
            shared = None if jobs <= 1 else stack.enter_context(_tempdir())
            pool = None if jobs <= 1 else stack.enter_context(WorkerPool(jobs))
            count = _spill(articles, spill, index, jobs, timings, progress, pool)
            if not count:
                raise InputError(empty_error)
            with timings.stage("resolve"):
                resolution = index.resolution(shared)
            del index
            return replay_into_sinks(
                spill,
                count,
                resolution,
                sinks,
                threshold=threshold,
                on_graph=on_graph,
                on_result=on_result,
                timings=timings,
                graph=graph,
                pool=pool,
            )
    except BaseException:
        for sink in sinks:  # pass 1 failed before any sink began: nothing to keep
            with contextlib.suppress(Exception):
                sink.abort()
        raise


def replay_into_sinks(
    spill: IO[Any],
    count: int,
    resolution: Resolution,
    sinks: Sequence[Sink],
    *,
    threshold: float = 0.0,
    on_graph: Callable[[int, Any], None] | None = None,
    on_result: Callable[[SinkResult], None] | None = None,
    timings: Timings | None = None,
    graph: bool = True,
    pool: WorkerPool | None = None,
) -> RunOutcome:
    """Pass 2 of :func:`run_streamed`: the ``count`` extractions of ``spill`` (one
    :func:`~graphbuild.sinks.extraction_line` a line, UTF-8 bytes or text), ``resolution``
    and ``threshold`` applied, into ``sinks`` and the graph (streamed when every sink
    ``streams``; then in the workers of ``pool`` as far as it does not depend on order). A cluster
    run (:mod:`graphbuild.cluster`) gives its resolved shards, read in partition order."""
    timings = timings if timings is not None else Timings()
    builder = GraphBuilder()
    # a sink that writes the loader's rows reads the entities by id: folded once, kept on disk
    by_id = any(getattr(s, "rows", False) for s in sinks)
    stream = GraphStream(by_id=by_id) if graph and _streams(sinks) else None
    out: list[Any] = [builder.graph]
    try:

        def finish() -> Any:
            out[0] = _graph_of(spill, resolution, threshold, stream, builder, timings)
            if on_graph is not None:
                on_graph(count, out[0])
            return out[0]

        timed = [_TimedSink(s, timings) for s in sinks]
        batches: Iterator[Sequence[Extraction]]
        if stream is not None:
            batches = _replay_streamed(spill, resolution, threshold, stream, timings, pool)
        else:
            batches = _replay(spill, resolution, threshold, builder if graph else None, timings)
        results = run_sinks(timed, batches, finish, on_result=on_result)
    finally:
        if stream is not None:
            stream.close()  # the sorted files; the graph's counts stay readable
    return RunOutcome(count, out[0], results)
