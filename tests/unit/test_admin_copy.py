"""The neo4j-admin files of a streamed run, written by another process (started, never
forked) while the sinks before them close: the bytes written here, the errors raised here, a
copy that dies or hangs (the files are written here), and a copy that an aborted run ends."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import graphbuild.neo4j.bulk as bulk
import graphbuild.sinks as sinks
from graphbuild.errors import InputError
from graphbuild.graphstream import GraphStream, StreamedGraph
from graphbuild.model import Extraction
from graphbuild.pipeline import extract
from graphbuild.sinks import Neo4jAdminDir
from graphbuild.sources import read_articles

from . import copy_fns


@pytest.fixture(scope="module")
def exs(seeds_dir: Path) -> list[Extraction]:
    return extract(read_articles([seeds_dir]))


@pytest.fixture()
def sg(exs: list[Extraction]) -> Iterator[StreamedGraph]:
    s = GraphStream(by_id=True)
    for ex in exs:
        s.add(ex)
    graph = s.finish()
    yield graph
    graph.close()
    s.close()


def _files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


def _here(monkeypatch: pytest.MonkeyPatch, sg: StreamedGraph, path: Path) -> dict[str, bytes]:
    """The files written by this process (no copy)."""
    with monkeypatch.context() as m:
        m.setattr(sinks, "_copies", lambda: False)
        here = Neo4jAdminDir(path)
        here.begin(sg)
        assert here._copy is None
        here.close(sg)
    return _files(path)


def test_the_copy_writes_the_files_written_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sg: StreamedGraph
) -> None:
    copied = Neo4jAdminDir(tmp_path / "copy")
    copied.begin(sg)
    assert copied._copy is not None  # a copy writes them
    sg.write_json(tmp_path / "graph.json")  # this process reads the same files meanwhile
    first = copied.close(sg)
    here = _here(monkeypatch, sg, tmp_path / "here")
    assert _files(tmp_path / "copy") == here
    assert len(here) > 3
    assert first.detail.rows > 0 and first.detail.nodes


def test_no_fork_while_another_thread_is_alive(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sg: StreamedGraph
) -> None:
    # a thread holding a lock, as a worker pool's or a driver's may: a forked copy of this
    # process would find the lock held forever
    lock, go = threading.Lock(), threading.Event()

    def holds() -> None:
        with lock:
            go.wait()

    thread = threading.Thread(target=holds)
    thread.start()
    try:

        def no_fork() -> int:
            raise AssertionError(f"fork with {threading.active_count()} threads alive")

        monkeypatch.setattr(os, "fork", no_fork)
        copied = Neo4jAdminDir(tmp_path / "copy")
        copied.begin(sg)
        assert copied._copy is not None and copied._copy.pid != os.getpid()
        copied.close(sg)
    finally:
        go.set()
        thread.join()
    monkeypatch.undo()
    assert _files(tmp_path / "copy") == _here(monkeypatch, sg, tmp_path / "here")


def test_an_error_in_the_copy_is_raised_on_close(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sg: StreamedGraph
) -> None:
    monkeypatch.setattr(bulk, "export_graph", copy_fns.fails)  # what the copy runs
    sink = Neo4jAdminDir(tmp_path / "admin")
    sink.begin(sg)
    assert sink._copy is not None
    with pytest.raises(InputError, match="no room for the CSV files"):
        sink.close(sg)


def test_a_copy_that_dies_leaves_the_files_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sg: StreamedGraph,
) -> None:
    with monkeypatch.context() as m:
        m.setattr(bulk, "export_graph", copy_fns.dies)
        sink = Neo4jAdminDir(tmp_path / "admin")
        sink.begin(sg)
    assert sink._copy is not None
    sink.close(sg)  # the real export here
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "ended with no result (exit status 3)" in err[0], err
    assert "half.csv" not in _files(tmp_path / "admin")  # what the copy left is gone
    assert _files(tmp_path / "admin") == _here(monkeypatch, sg, tmp_path / "here")


def test_a_hung_copy_is_ended_and_the_files_written_here(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    sg: StreamedGraph,
) -> None:
    monkeypatch.setattr(sinks._Copy, "stall", 0.5)  # seconds of nothing at all
    with monkeypatch.context() as m:
        m.setattr(bulk, "export_graph", copy_fns.hangs)
        sink = Neo4jAdminDir(tmp_path / "admin")
        sink.begin(sg)
    copy = sink._copy
    assert copy is not None
    sink.close(sg)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "did nothing for 0.5 s" in err[0], err
    with pytest.raises(ChildProcessError):  # ended and reaped
        os.waitpid(copy.pid, os.WNOHANG)
    assert _files(tmp_path / "admin") == _here(monkeypatch, sg, tmp_path / "here")


def test_an_aborted_run_ends_the_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sg: StreamedGraph
) -> None:
    monkeypatch.setattr(bulk, "export_graph", copy_fns.hangs)
    sink = Neo4jAdminDir(tmp_path / "admin")
    sink.begin(sg)
    copy = sink._copy
    assert copy is not None
    sink.abort()
    with pytest.raises(ChildProcessError):  # ended and reaped
        os.waitpid(copy.pid, os.WNOHANG)
    assert not (tmp_path / "admin").exists()
