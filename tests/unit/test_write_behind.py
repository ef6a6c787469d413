"""graph.json written in blocks of joined items, and a big atomic file sent to the disk in the
background as it is written: the same bytes, whatever the block and however often it syncs."""

from __future__ import annotations

from pathlib import Path

import pytest

import graphbuild.fsutil as fsutil
import graphbuild.graphstream as graphstream
from graphbuild.fsutil import AtomicFile
from graphbuild.graph import build_graph, write_graph_json
from graphbuild.graphstream import GraphStream
from graphbuild.model import Extraction
from graphbuild.pipeline import extract
from graphbuild.sources import read_articles


@pytest.fixture(scope="module")
def exs(seeds_dir: Path) -> list[Extraction]:
    return extract(read_articles([seeds_dir]))


@pytest.mark.parametrize("block", [1, 700, 1 << 40])
def test_graph_json_in_blocks_is_the_graph_json_of_build_graph(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction], block: int
) -> None:
    monkeypatch.setattr(graphstream, "WRITE_BLOCK", block)  # every item, some, all at once
    monkeypatch.setattr(fsutil, "SYNC_EVERY", 1024)  # and synced behind, many times
    write_graph_json(build_graph(exs), tmp_path / "memory.json")
    s = GraphStream()
    for ex in exs:
        s.add(ex)
    sg = s.finish()
    sg.write_json(tmp_path / "streamed.json")
    assert (tmp_path / "streamed.json").read_bytes() == (tmp_path / "memory.json").read_bytes()
    assert (tmp_path / "memory.json").stat().st_size > 10 * 1024
    sg.close()
    s.close()


def test_an_empty_graph_json_is_the_one_of_an_empty_graph(tmp_path: Path) -> None:
    write_graph_json(build_graph([]), tmp_path / "memory.json")
    s = GraphStream()
    sg = s.finish()
    sg.write_json(tmp_path / "streamed.json")
    assert (tmp_path / "streamed.json").read_bytes() == (tmp_path / "memory.json").read_bytes()
    sg.close()
    s.close()


def test_a_file_synced_behind_is_whole_once_committed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fsutil, "SYNC_EVERY", 100)
    chunks = [bytes([i % 251]) * 37 for i in range(500)]
    fh = AtomicFile(tmp_path / "big.bin", binary=True)
    for c in chunks:
        fh.write(c)
    assert fh._syncing is not None  # a sync was started while it was written
    fh.commit()
    assert (tmp_path / "big.bin").read_bytes() == b"".join(chunks)
    assert [p.name for p in tmp_path.iterdir()] == ["big.bin"]


def test_a_file_synced_behind_and_discarded_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fsutil, "SYNC_EVERY", 10)
    (tmp_path / "old.txt").write_text("old")
    with pytest.raises(RuntimeError), AtomicFile(tmp_path / "old.txt") as fh:
        for _ in range(100):
            fh.write("new text ")
        raise RuntimeError("stop")
    assert (tmp_path / "old.txt").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.txt"]
