"""Where a run's results go: every output behind one small interface, :class:`Sink`.

A sink is given the extractions as they are made — in one batch today, batch
by batch once articles are streamed — and the corpus graph once, at the end::

    sink.add(batch)               # zero or more times, batches in article order
    result = sink.close(graph)    # write or commit; the SinkResult says what and where
    sink.abort()                  # instead of close when the run fails: nothing half-written

A sink that only needs the graph ignores ``add``; one that streams (the
extractions file) writes each batch into its temporary file as it comes. A sink
is used for one run. :func:`run_sinks` is the loop over a list of sinks, and
:func:`output_sinks` the list ``graphbuild run`` uses:

* ``extractions`` — :class:`ExtractionsFile`: ``extractions.jsonl``, one line per
  article, streamed batch by batch;
* ``json`` — :class:`GraphJsonFile`: ``graph.json`` (node-link data);
* ``graphml`` — :class:`GraphMLFile`: ``graph.graphml``;
* ``html`` — :class:`PageFile`: ``graph.html``, the offline page;
* ``neo4j-admin`` — :class:`Neo4jAdminDir`: ``neo4j-admin/``, the CSV files of the bulk
  first load (``graphbuild export --format neo4j-admin``), when asked for;
* ``neo4j`` — :class:`Neo4jSink`: the graph merged into Neo4j, when asked for.

* ``outputs`` — :class:`OutputSet`: publishes the files above as one set.

A file sink alone writes through :class:`graphbuild.fsutil.AtomicFile` (a unique
temporary file renamed over the target): the new file or the previous one. The
files of :func:`output_sinks` are one set (:class:`graphbuild.fsutil.OutputDir`):
they are written into a fresh version directory and the ``outputs`` sink, closed
after them, makes that version current with one rename — readers see the whole
previous set or the whole new one, never a mix. A file that cannot be written is
an :class:`~graphbuild.errors.InputError` naming it (exit 2); Neo4j failures are
:class:`~graphbuild.errors.Neo4jError` (exit 4). Sinks are closed in order and
the first failure aborts the ones not yet closed, so a failure before the
``outputs`` sink leaves the previous set in place and nothing of the new one; the
files come before Neo4j, and a Neo4j that cannot be reached still leaves the files
of the run.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeAlias, overload, runtime_checkable

import networkx as nx

from .errors import InputError
from .fsutil import AtomicFile, OutputDir, UnsafeTargetError
from .graph import write_graph_json, write_graphml
from .graphstream import StreamedGraph
from .model import Extraction

#: what a sink is closed with: the networkx graph, or the graph of a streamed run
Graph: TypeAlias = nx.MultiDiGraph | StreamedGraph

if TYPE_CHECKING:  # the Neo4j driver is imported only when a Neo4j sink runs
    from .neo4j.loader import Neo4jSettings

__all__ = [
    "OUTPUT_FILES",
    "DEFAULT_FORMATS",
    "FORMATS",
    "OUTPUT_DIRS",
    "Sink",
    "SinkResult",
    "ExtractionsFile",
    "ExtractionsStream",
    "GraphJsonFile",
    "GraphMLFile",
    "LinedBatch",
    "PageFile",
    "Neo4jAdminDir",
    "Neo4jSink",
    "OutputSet",
    "extraction_line",
    "output_sinks",
    "run_sinks",
]

# the files of `graphbuild run`, by sink name (its --formats)
OUTPUT_FILES: dict[str, str] = {
    "extractions": "extractions.jsonl",
    "json": "graph.json",
    "graphml": "graph.graphml",
    "html": "graph.html",
}
#: the directories of `graphbuild run`, by sink name (its --formats), written when named
OUTPUT_DIRS: dict[str, str] = {"neo4j-admin": "neo4j-admin"}
#: every name ``--formats`` takes, in the order the outputs are written
FORMATS: tuple[str, ...] = (*OUTPUT_FILES, *OUTPUT_DIRS)
#: what ``graphbuild run`` writes without ``--formats``: GraphML (the slowest and largest
#: file, a whole XML tree in memory) is asked for by name
DEFAULT_FORMATS: tuple[str, ...] = ("extractions", "json", "html")


@dataclass(frozen=True)
class SinkResult:
    """What one sink did: its name, where it wrote, and anything more it has to say."""

    name: str  # the sink's name: "extractions", "json", "graphml", "html", "neo4j"
    target: str  # the file written, or the Neo4j URI and database
    path: Path | None = None  # the file, for a file sink
    detail: Any = None  # e.g. the Neo4j LoadSummary


@runtime_checkable
class Sink(Protocol):
    """One output of a run: extractions batch by batch, then the graph once."""

    name: str

    def add(self, extractions: Sequence[Extraction]) -> None:
        """Take one batch of extractions (called zero or more times, in article order)."""

    def close(self, graph: Graph) -> SinkResult:
        """Take the corpus graph, finish writing and make the output visible."""

    def abort(self) -> None:
        """Drop whatever was started; the previous output stays as it was. Safe after close."""


def extraction_line(ex: Extraction) -> str:
    """One article's line of ``extractions.jsonl`` (keys sorted, UTF-8 kept, no newline):
    ``json.dumps(ex.to_dict())``, without the deep copies of ``dataclasses.asdict`` (the
    values are strings, numbers and tuples of strings) — a third of the time per article."""
    d = {
        "id": ex.article.id,
        "lang": ex.article.lang,
        "title": ex.article.title,
        "url": ex.article.url,
        "published": ex.article.published,
        "source": ex.article.source,
        "entities": [
            {**e.__dict__, "aliases": list(e.aliases), "merges": list(e.merges)}
            for e in ex.entities
        ],
        "relations": [{**r.__dict__, "mentions": list(r.mentions)} for r in ex.relations],
    }
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


class LinedBatch(Sequence[Extraction]):
    """A batch of extractions given as their :func:`extraction_line` texts (made in a worker
    process), as text or UTF-8 bytes: a sink that writes lines writes them as they are; an
    :class:`Extraction` is read back from its line when one is asked for."""

    def __init__(self, lines: Sequence[str] | Sequence[bytes]) -> None:
        self.lines = lines

    def __len__(self) -> int:
        return len(self.lines)

    @overload
    def __getitem__(self, i: int) -> Extraction: ...

    @overload
    def __getitem__(self, i: slice) -> list[Extraction]: ...

    def __getitem__(self, i: int | slice) -> Extraction | list[Extraction]:
        if isinstance(i, slice):
            return [Extraction.from_dict(json.loads(line)) for line in self.lines[i]]
        return Extraction.from_dict(json.loads(self.lines[i]))


def _lines(extractions: Sequence[Extraction]) -> Iterable[str]:
    """The :func:`extraction_line` of each extraction (as they are, for a :class:`LinedBatch`
    of texts)."""
    if isinstance(extractions, LinedBatch):
        return (x if isinstance(x, str) else x.decode("utf-8") for x in extractions.lines)
    return (extraction_line(ex) for ex in extractions)


def _block(extractions: Sequence[Extraction]) -> bytes:
    """The :func:`extraction_line` of each extraction, each ended by a line break, in UTF-8
    (a :class:`LinedBatch`'s lines as they are)."""
    if isinstance(extractions, LinedBatch):
        lines: list[bytes] = [x if isinstance(x, bytes) else x.encode() for x in extractions.lines]
    else:
        lines = [extraction_line(ex).encode("utf-8") for ex in extractions]
    lines.append(b"")
    return b"\n".join(lines)


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[None]:
    """An ``OSError`` while writing ``path`` becomes one :class:`InputError` naming the file."""
    try:
        yield
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _where(path: Path, output: OutputDir | None) -> Path:
    """The file to write for ``path``: itself, or its place in ``output``'s new set."""
    return path if output is None else output.file(path.name)


class ExtractionsFile:
    """``extractions.jsonl``: each batch is written as it comes into one temporary file,
    renamed on close (into ``output``'s new set when given, see :class:`OutputSet`); a
    :class:`LinedBatch` of UTF-8 lines is written as it is."""

    name = "extractions"
    streams = True

    def __init__(self, path: str | Path, *, output: OutputDir | None = None) -> None:
        self.path = Path(path)
        self.output = output
        self._file: AtomicFile | None = None

    def _open(self) -> AtomicFile:
        if self._file is None:
            with _writing(self.path):
                self._file = AtomicFile(_where(self.path, self.output), binary=True)
        return self._file

    def add(self, extractions: Sequence[Extraction]) -> None:
        fh = self._open()
        block = _block(extractions)
        with _writing(self.path):
            fh.write(block)

    def close(self, graph: Graph) -> SinkResult:
        fh = self._open()  # no batch at all: an empty file
        with _writing(self.path):
            fh.commit()
        return SinkResult(self.name, str(self.path), self.path)

    def abort(self) -> None:
        if self._file is not None:
            self._file.discard()


class ExtractionsStream:
    """``extractions.jsonl`` lines written to an open text stream (stdout) as batches come."""

    name = "extractions"
    streams = True

    def __init__(self, stream: IO[str], target: str = "-") -> None:
        self.stream, self.target = stream, target

    def add(self, extractions: Sequence[Extraction]) -> None:
        for line in _lines(extractions):
            self.stream.write(line + "\n")

    def close(self, graph: Graph) -> SinkResult:
        self.stream.flush()
        return SinkResult(self.name, self.target)

    def abort(self) -> None:
        return None  # what was written to a stream stays written


class _GraphFile:
    """A file written from the graph alone, on close (batches are not needed); into
    ``output``'s new set when given (see :class:`OutputSet`)."""

    name = ""
    streams = True  # a streamed graph is written as it is read (or built here when needed)

    def __init__(self, path: str | Path, *, output: OutputDir | None = None) -> None:
        self.path = Path(path)
        self.output = output

    def add(self, extractions: Sequence[Extraction]) -> None:
        return None

    def _write(self, graph: Graph, path: Path) -> None:
        raise NotImplementedError

    def close(self, graph: Graph) -> SinkResult:
        with _writing(self.path):
            self._write(graph, _where(self.path, self.output))
        return SinkResult(self.name, str(self.path), self.path)

    def abort(self) -> None:
        return None  # nothing is written before close, and close writes atomically


class GraphJsonFile(_GraphFile):
    """``graph.json``: :func:`graphbuild.graph.write_graph_json`."""

    name = "json"

    def _write(self, graph: Graph, path: Path) -> None:
        if isinstance(graph, StreamedGraph):
            graph.write_json(path)  # item by item from the sorted files: the same bytes
        else:
            write_graph_json(graph, path)


class GraphMLFile(_GraphFile):
    """``graph.graphml``: :func:`graphbuild.graph.write_graphml`."""

    name = "graphml"

    def _write(self, graph: Graph, path: Path) -> None:
        # networkx writes GraphML from a whole graph: a streamed one is built here, whole
        write_graphml(graph.materialize() if isinstance(graph, StreamedGraph) else graph, path)


class PageFile(_GraphFile):
    """``graph.html``: :func:`graphbuild.render.render` (``title``,
    ``max_nodes``, ``physics`` as there)."""

    name = "html"

    def __init__(
        self,
        path: str | Path,
        *,
        title: str = "graphbuild",
        max_nodes: int = 1500,
        physics: bool = True,
        output: OutputDir | None = None,
    ) -> None:
        super().__init__(path, output=output)
        self.title, self.max_nodes, self.physics = title, max_nodes, physics
        self.notice: str | None = None  # what a streamed page left out, for stderr

    def _write(self, graph: Graph, path: Path) -> None:
        from .render import render, render_streamed

        if isinstance(graph, StreamedGraph):
            self.notice = render_streamed(
                graph, path, title=self.title, max_nodes=self.max_nodes, physics=self.physics
            )
        else:
            render(graph, path, title=self.title, max_nodes=self.max_nodes, physics=self.physics)

    def close(self, graph: Graph) -> SinkResult:
        result = super().close(graph)
        return SinkResult(result.name, result.target, result.path, self.notice)


#: what a copy (:class:`_Copy`) runs first: ``sys.path`` and the package's folders as this
#: process has them, read from its standard input, then ``graphbuild`` as a bare package: its
#: ``__init__`` (spaCy, the extraction modules) is not run there, the copy only reads sorted
#: files and writes CSV files; then :func:`_copy_main`
_BOOT = """
import importlib.util, pickle, sys
src = sys.stdin.buffer
sys.path[:], where = pickle.load(src), pickle.load(src)
spec = importlib.util.spec_from_file_location("graphbuild", where[0] + "/__init__.py",
                                              submodule_search_locations=where)
sys.modules["graphbuild"] = importlib.util.module_from_spec(spec)
from graphbuild.sinks import _copy_main
_copy_main(int(sys.argv[1]), src)
"""


class _NoResult(Exception):
    """A copy ended (or was ended) with no result: what it wrote is not to be kept."""


def _copy_main(fd: int, src: IO[bytes]) -> None:
    """In a copy: ``fn(*args)`` of the pair pickled on ``src``, its result (or the exception it
    raised) pickled into the descriptor ``fd``; the copy ends with ``os._exit``."""
    status = 1
    try:
        try:
            fn, args = pickle.load(src)
            out: tuple[bool, Any] = (True, fn(*args))
        except BaseException as exc:  # noqa: BLE001  # handed to the parent, as it is
            out = (False, exc)
        try:
            data = pickle.dumps(out, pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001  # an exception that does not pickle
            data = pickle.dumps((False, InputError(f"{out[1]}")))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        status = 0
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(status)


def _activity(pid: int) -> tuple[str, ...] | None:
    """What a process has done so far (its CPU time, the bytes it read and wrote), to tell a
    copy at work from a hung one; None when the system does not say."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            cpu = fh.read().rsplit(b")", 1)[1].split()[11:13]
    except (OSError, IndexError):
        return None
    io: list[bytes] = []
    with contextlib.suppress(OSError), open(f"/proc/{pid}/io", "rb") as fh:
        io = [line for line in fh if line.startswith((b"rchar", b"wchar"))]
    return tuple(x.decode().strip() for x in (*cpu, *io))


class _Copy:
    """``fn(*args)`` (``fn`` and ``args`` pickled) run in a new Python process, given the
    descriptors ``fds``; its result (or the exception it raised) read back by :meth:`result`;
    :meth:`kill` ends it. The process is started with ``subprocess`` (a fork that runs no
    Python and execs at once), never ``os.fork``: this process may hold threads (the worker
    pool's, a Neo4j driver's), and a forked copy of it could wait forever on a lock one of
    them held. A copy that ends with no result, or that does nothing (no CPU time, no byte
    read or written) for :attr:`stall` seconds, is ended and :meth:`result` raises
    :class:`_NoResult`: the run never waits on it without bound."""

    stall = 60.0

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], fds: Sequence[int]) -> None:
        import graphbuild

        # pickled before anything starts: what does not pickle raises here
        payload = b"".join(
            pickle.dumps(x, pickle.HIGHEST_PROTOCOL)
            for x in (list(sys.path), list(graphbuild.__path__), (fn, args))
        )
        r, w = os.pipe()
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(w)],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,  # this process's may be an output (extractions)
                pass_fds=(*fds, w),
            )
        except BaseException:
            os.close(r)
            raise
        finally:
            os.close(w)
        self._read = r
        stdin = self._proc.stdin
        assert stdin is not None
        try:
            with stdin:
                stdin.write(payload)
        except OSError:
            pass  # it ended already: result() says so

    @property
    def pid(self) -> int:
        return self._proc.pid

    def result(self) -> Any:
        """What ``fn`` returned (or raises what it raised), once the copy has ended."""
        data = bytearray()
        seen, since = _activity(self.pid), time.monotonic()
        poller = select.poll()
        poller.register(self._read, select.POLLIN)
        while True:
            if poller.poll(int(min(1.0, self.stall) * 1000)):  # data, or the end of the pipe
                chunk = os.read(self._read, 1 << 16)
                if not chunk:
                    break
                data += chunk
                continue
            now = _activity(self.pid)
            if now is None or now != seen:
                seen, since = now, time.monotonic()
            elif time.monotonic() - since >= self.stall:
                self.kill()
                raise _NoResult(f"did nothing for {self.stall:g} s")
        os.close(self._read)
        self._read = -1
        try:
            status = self._proc.wait(timeout=self.stall)
        except subprocess.TimeoutExpired:
            self.kill()
            raise _NoResult("did not end") from None
        if not data:
            raise _NoResult(f"ended with no result (exit status {status})")
        ok, value = pickle.loads(data)
        if ok:
            return value
        raise value

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self._proc.kill()
        with contextlib.suppress(OSError):
            self._proc.wait()
        if self._read >= 0:
            with contextlib.suppress(OSError):
                os.close(self._read)
            self._read = -1


def _copies() -> bool:
    """A copy can be started here and open the descriptors it is given (Linux)."""
    return bool(sys.executable) and os.path.isdir("/proc/self/fd")


class Neo4jAdminDir(_GraphFile):
    """``neo4j-admin/``: the CSV files and manifest ``graphbuild export --format neo4j-admin``
    writes from the run's graph.json (the same bytes), written from the graph as the run
    has it (:func:`graphbuild.neo4j.bulk.export_graph`; a streamed graph's rows read from its
    sorted files, each table streamed into its file), for ``graphbuild neo4j import``.
    ``detail`` of the result is the :class:`~graphbuild.neo4j.bulk.ExportSummary`.

    A streamed graph's files are written by another process (:class:`_Copy`, given the
    graph's sorted files), started by :meth:`begin` as soon as the graph is ready, while the
    sinks before this one write theirs (the worker processes are idle then: the copy takes
    the other core); the same bytes. Where the copy cannot be (no ``/proc``, the rows not
    gathered by the stream: then the entity index, an SQLite database, would be read) they
    are written here, on close; and so they are when the copy ends with no result or hangs
    (one line on stderr says so)."""

    name = "neo4j-admin"
    rows = True  # made from the loader's rows: a streamed graph keeps its entities by id
    summary: Any = None
    _copy: _Copy | None = None

    def begin(self, graph: Graph) -> None:
        """The graph is ready and the sinks are about to close, in order: a streamed graph's
        files start now, in a copy (:class:`_Copy`), when they can."""
        from .neo4j import bulk
        from .neo4j.loader import rows_gathered

        if not isinstance(graph, StreamedGraph) or not _copies() or not rows_gathered(graph):
            return
        path = _where(self.path, self.output)
        graph.settle()
        # no process (no memory, none left), or a graph that does not pickle: on close
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
            self._copy = _Copy(bulk.export_graph, (graph, path), graph.files())

    def _write(self, graph: Graph, path: Path) -> None:
        from .neo4j.bulk import export_graph

        copy, self._copy = self._copy, None
        if copy is not None:
            try:
                self.summary = copy.result()
                return
            except _NoResult as exc:  # what it left is removed; the files are written here
                shutil.rmtree(path, ignore_errors=True)
                print(
                    f"graphbuild: the process writing {self.path.name}/ {exc}:"
                    " its files are written by this one",
                    file=sys.stderr,
                )
        self.summary = export_graph(graph, path)

    def close(self, graph: Graph) -> SinkResult:
        result = super().close(graph)
        return SinkResult(result.name, result.target, result.path, self.summary)

    def abort(self) -> None:
        copy, self._copy = self._copy, None
        if copy is not None:  # before the set is discarded: nothing writes into it then
            copy.kill()


class Neo4jSink:
    """The graph merged into Neo4j (:func:`graphbuild.neo4j.loader.load_graph`) on close.

    Batches are not loaded as they come: ids are final only once the corpus is
    resolved, and the loader merges the corpus graph. ``detail`` of the result is
    the :class:`~graphbuild.neo4j.loader.LoadSummary`. ``driver`` reuses an open
    driver; otherwise one is opened from ``settings`` for the load.
    """

    name = "neo4j"
    streams = True  # a streamed graph's rows come from its sorted files (streamed_rows)
    rows = True  # the loader's rows: a streamed graph keeps its entities by id

    def __init__(
        self,
        settings: Neo4jSettings,
        *,
        batch_size: int = 500,
        quiet: bool = False,
        driver: Any = None,
    ) -> None:
        self.settings = settings
        self.batch_size = batch_size
        self.quiet = quiet
        self.driver = driver

    def add(self, extractions: Sequence[Extraction]) -> None:
        return None

    def close(self, graph: Graph) -> SinkResult:
        from .neo4j import loader

        summary = loader.load_graph(  # a streamed graph's rows are streamed from its files
            graph, self.settings, driver=self.driver, batch_size=self.batch_size, quiet=self.quiet
        )
        return SinkResult(
            self.name, f"{self.settings.uri} ({self.settings.database})", None, summary
        )

    def abort(self) -> None:
        # nothing is sent before close; a failed load leaves what MERGE committed (idempotent)
        return None


class OutputSet:
    """Publishes the files of an :class:`~graphbuild.fsutil.OutputDir` as one set, on close.

    Closed after the file sinks that write into the set, before Neo4j: ``close``
    makes their version current (one rename), ``abort`` removes it and leaves the
    previous set as it was. ``detail`` of the result is the tuple of paths published.
    """

    name = "outputs"
    streams = True

    def __init__(self, output: OutputDir) -> None:
        self.output = output

    def add(self, extractions: Sequence[Extraction]) -> None:
        return None

    def close(self, graph: Graph) -> SinkResult:
        with _writing(self.output.path):
            paths = self.output.publish()
        return SinkResult(self.name, str(self.output.path), None, tuple(paths))

    def abort(self) -> None:
        self.output.discard()


def output_sinks(
    out_dir: str | Path,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
    neo4j: Neo4jSettings | None = None,
    batch_size: int = 500,
    quiet: bool = False,
    formats: Iterable[str] = tuple(OUTPUT_FILES),
    on_wait: Callable[[str], None] | None = None,
) -> list[Sink]:
    """The sinks of ``graphbuild run``: the files of :data:`OUTPUT_FILES` named in ``formats``
    (default: all four) and the directories of :data:`OUTPUT_DIRS` named there in ``out_dir``,
    in the order of :data:`FORMATS`, and the :class:`OutputSet`
    that publishes them together; then Neo4j when ``neo4j`` settings are given
    (``batch_size`` and ``quiet`` go to its loader). ``on_wait`` is told when another
    run holds ``out_dir`` (this one waits its turn). A name in ``out_dir`` that cannot
    be replaced (a directory, a FIFO, someone's link) is an :class:`InputError` now,
    before any work."""
    out = Path(out_dir)
    wanted = set(formats)
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise InputError(
            f"unknown output format(s): {', '.join(unknown)} (use {', '.join(FORMATS)})"
        )
    where = {**OUTPUT_FILES, **OUTPUT_DIRS}
    names = [where[n] for n in FORMATS if n in wanted]
    output = OutputDir(out, names, managed=OUTPUT_FILES.values(), on_wait=on_wait)
    try:
        output.check()
    except UnsafeTargetError as exc:
        raise InputError(f"{exc.filename}: cannot write ({exc.strerror})") from None
    files: dict[str, Sink] = {
        "extractions": ExtractionsFile(out / OUTPUT_FILES["extractions"], output=output),
        "json": GraphJsonFile(out / OUTPUT_FILES["json"], output=output),
        "graphml": GraphMLFile(out / OUTPUT_FILES["graphml"], output=output),
        "html": PageFile(
            out / OUTPUT_FILES["html"], title=title, max_nodes=max_nodes, output=output
        ),
        "neo4j-admin": Neo4jAdminDir(out / OUTPUT_DIRS["neo4j-admin"], output=output),
    }
    sinks: list[Sink] = [sink for name, sink in files.items() if name in wanted]
    sinks.append(OutputSet(output))
    if neo4j is not None:
        sinks.append(Neo4jSink(neo4j, batch_size=batch_size, quiet=quiet))
    return sinks


def run_sinks(
    sinks: Sequence[Sink],
    batches: Iterable[Sequence[Extraction]],
    graph: Graph | Callable[[], Graph],
    *,
    on_result: Callable[[SinkResult], None] | None = None,
) -> list[SinkResult]:
    """Give every sink each batch, then close them in order with the graph; their results, in order.

    ``batches`` may be a generator that extracts as it goes, and ``graph`` a
    function called once the batches are exhausted (a streamed run builds the
    graph last). ``on_result`` is called as each sink closes, so what was
    written can be reported even if a later sink fails. On any failure (Ctrl-C
    included) the sinks not yet closed are aborted and the error propagates.
    """
    pending = list(sinks)
    results: list[SinkResult] = []
    try:
        for batch in batches:
            batch = batch if isinstance(batch, Sequence) else list(batch)  # every sink reads it
            for sink in pending:
                sink.add(batch)
        g = graph() if callable(graph) else graph
        for sink in pending:  # a sink may start on the graph while those before it close
            begin = getattr(sink, "begin", None)
            if begin is not None:
                begin(g)
        while pending:
            result = pending[0].close(g)
            pending.pop(0)
            results.append(result)
            if on_result is not None:
                on_result(result)
    except BaseException:
        for sink in pending:
            with contextlib.suppress(Exception):
                sink.abort()
        raise
    return results
