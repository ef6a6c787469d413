"""--jobs: extraction in worker processes gives the output of one process, byte for byte."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.model import Article
from graphbuild.parallel import batched, extract_batches
from graphbuild.pipeline import extract
from graphbuild.sinks import extraction_line
from graphbuild.sources import read_articles

NAMES = ("extractions", "json", "graphml", "html", "neo4j-admin")
FILES = ("extractions.jsonl", "graph.json", "graph.graphml", "graph.html")


def test_batched_keeps_order_and_the_short_tail() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_batches_come_back_in_input_order_with_progress() -> None:
    arts = [
        Article(id=f"a{i}", title="", text=f"The Minister met Ali Zed {i} in Cairo.", lang="en")
        for i in range(7)
    ]
    seen: list[str] = []
    out = list(extract_batches(arts, jobs=2, batch_size=2, progress=lambda a: seen.append(a.id)))
    assert [len(b) for b in out] == [2, 2, 2, 1]
    assert [ex.article.id for b in out for ex in b] == [a.id for a in arts]
    assert seen == [a.id for a in arts]
    one = [ex for b in extract_batches(arts, jobs=1, batch_size=3) for ex in b]
    assert one == [ex for b in out for ex in b]


def test_the_dev_set_in_batches_of_one_over_two_workers(dev_dir: Path) -> None:
    arts = read_articles([dev_dir / "articles"])
    one = [extraction_line(ex) for ex in extract(arts, jobs=1)]
    two = [extraction_line(ex) for ex in extract(arts, jobs=2, batch_size=1)]
    assert two == one


def test_run_with_two_jobs_writes_the_files_of_one_job(tmp_path: Path, eval_dir: Path) -> None:
    """Both dev sets in one run: several batches, so both workers extract."""
    runner = CliRunner()
    paths = [str(eval_dir / "dev" / "articles"), str(eval_dir / "dev2" / "articles")]
    for jobs in ("1", "2"):
        res = runner.invoke(
            app,
            [
                "run",
                *paths,
                "-o",
                str(tmp_path / jobs),
                "-q",
                "--jobs",
                jobs,
                "--formats",
                ",".join(NAMES),
            ],
        )
        assert res.exit_code == 0, res.output
    for f in FILES:
        assert (tmp_path / "2" / f).read_bytes() == (tmp_path / "1" / f).read_bytes(), f
    admin = sorted(p.name for p in (tmp_path / "1" / "neo4j-admin").iterdir())
    assert "manifest.json" in admin
    assert sorted(p.name for p in (tmp_path / "2" / "neo4j-admin").iterdir()) == admin
    for f in admin:
        one, two = (tmp_path / j / "neo4j-admin" / f for j in ("1", "2"))
        assert two.read_bytes() == one.read_bytes(), f
