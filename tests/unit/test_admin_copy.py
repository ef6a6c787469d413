"""The neo4j-admin files of a streamed run, written by a forked copy of the process while
the sinks before them close: the bytes written here, the errors raised here, and a copy
that an aborted run ends."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="module")
def exs(seeds_dir: Path) -> list[Extraction]:
    return extract(read_articles([seeds_dir]))


def _stream(exs: list[Extraction]) -> StreamedGraph:
    s = GraphStream(by_id=True)
    for ex in exs:
        s.add(ex)
    return s.finish()


def _files(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


def test_the_copy_writes_the_files_written_here(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction]
) -> None:
    sg = _stream(exs)
    copied = Neo4jAdminDir(tmp_path / "copy")
    copied.begin(sg)
    assert copied._copy is not None  # a copy writes them
    sg.write_json(tmp_path / "graph.json")  # this process reads the same files meanwhile
    first = copied.close(sg)
    monkeypatch.setattr(sinks, "_forks", lambda: False)
    here = Neo4jAdminDir(tmp_path / "here")
    here.begin(sg)
    assert here._copy is None
    second = here.close(sg)
    assert _files(tmp_path / "copy") == _files(tmp_path / "here")
    assert len(_files(tmp_path / "here")) > 3
    assert first.detail.nodes == second.detail.nodes and first.detail.rows == second.detail.rows
    sg.close()


def test_an_error_in_the_copy_is_raised_on_close(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction]
) -> None:
    def fails(graph: object, path: object) -> None:
        raise InputError("no room for the CSV files")

    monkeypatch.setattr(bulk, "export_graph", fails)  # the copy is made after this
    sg = _stream(exs)
    sink = Neo4jAdminDir(tmp_path / "admin")
    sink.begin(sg)
    assert sink._copy is not None
    with pytest.raises(InputError, match="no room for the CSV files"):
        sink.close(sg)
    sg.close()


def test_an_aborted_run_ends_the_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction]
) -> None:
    def waits(graph: object, path: object) -> None:
        os.read(os.pipe()[0], 1)  # never returns: nothing writes to that pipe

    monkeypatch.setattr(bulk, "export_graph", waits)
    sg = _stream(exs)
    sink = Neo4jAdminDir(tmp_path / "admin")
    sink.begin(sg)
    copy = sink._copy
    assert copy is not None
    pid = copy.pid
    sink.abort()
    with pytest.raises(ChildProcessError):  # ended and reaped
        os.waitpid(pid, os.WNOHANG)
    assert not (tmp_path / "admin").exists()
    sg.close()
