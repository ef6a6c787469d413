"""Pass 2 of a streamed run in worker processes: the resolution read from its files, the
extraction lines and the graph's texts made there, the graph fed here in order: the
files of one process, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from graphbuild.model import Extraction
from graphbuild.ondisk import DiskMap
from graphbuild.parallel import WorkerPool, several
from graphbuild.pipeline import extract, run_streamed
from graphbuild.resolve import OfficialIndex, officials_of, open_resolution
from graphbuild.sinks import LinedBatch, extraction_line, output_sinks
from graphbuild.sources import read_articles

FILES = ("extractions.jsonl", "graph.json", "graph.html")


def _square(x: int) -> int:
    return x * x


def test_the_pool_gives_results_in_order_and_can_be_used_twice() -> None:
    with WorkerPool(2) as pool:
        assert list(pool.map(_square, range(9))) == [(i, i * i) for i in range(9)]
        assert [r for _, r in pool.map(_square, [3, 1])] == [9, 1]


def test_several_says_whether_there_are_two_and_keeps_them_all() -> None:
    many, items = several(iter([1]))
    assert not many and list(items) == [1]
    many, items = several(iter([1, 2, 3]))
    assert many and list(items) == [1, 2, 3]


def test_a_disk_map_written_to_a_file_is_read_by_another_connection(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    DiskMap([("a", (1, "x")), ("b", None)], path=path)
    other = DiskMap.reader(path)
    assert len(other) == 2 and other["a"] == (1, "x") and "b" in other and "c" not in other


def test_a_resolution_in_files_resolves_as_the_one_in_memory(
    tmp_path: Path, eval_dir: Path
) -> None:
    exs = extract(read_articles([str(eval_dir / "dev2" / "articles")]), resolve=False)
    index = OfficialIndex()
    for ex in exs:
        index.add(ex)
    private, shared = index.resolution(), index.resolution(str(tmp_path))
    assert private.files() is None and shared.files() is not None
    reader = open_resolution(shared.files())
    assert not reader.merges_nothing
    assert [extraction_line(reader.apply(ex)) for ex in exs] == [
        extraction_line(private.apply(ex)) for ex in exs
    ]


def test_a_lined_batch_reads_back_its_extractions(eval_dir: Path) -> None:
    exs = extract(read_articles([str(eval_dir / "dev" / "articles")]), resolve=False)
    batch = LinedBatch([extraction_line(ex) for ex in exs])
    assert len(batch) == len(exs)
    assert [extraction_line(ex) for ex in batch] == batch.lines
    assert isinstance(batch[0], Extraction) and batch[1:3] == list(batch)[1:3]
    assert json.loads(batch.lines[0])["id"] == exs[0].article.id


def test_a_run_with_workers_and_a_threshold_writes_the_files_of_one_process(
    tmp_path: Path, eval_dir: Path
) -> None:
    """Both dev sets: several batches in pass 2, officials merged, relations filtered."""
    paths = [str(eval_dir / "dev" / "articles"), str(eval_dir / "dev2" / "articles")]
    for jobs in (1, 2):
        run_streamed(
            read_articles(paths),
            output_sinks(tmp_path / str(jobs), formats=("extractions", "json", "html")),
            jobs=jobs,
            threshold=0.7,
        )
    for f in FILES:
        assert (tmp_path / "2" / f).read_bytes() == (tmp_path / "1" / f).read_bytes(), f


def test_the_index_fed_officials_made_elsewhere_is_the_index_fed_extractions(
    eval_dir: Path,
) -> None:
    exs = extract(read_articles([str(eval_dir / "dev2" / "articles")]), resolve=False)
    direct, fed = OfficialIndex(), OfficialIndex()
    for ex in exs:
        direct.add(ex)
        fed.add_officials(officials_of(ex))
    assert fed.officials == direct.officials and len(direct.officials) > 10
