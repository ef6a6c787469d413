"""A partition that keeps failing on the cluster: Dask runs it again (``RETRIES``), then it
is one line ``error: FILE: reason`` on stderr, the other partitions' articles are in the
outputs and the exit code is 1 (some inputs failed). The cluster runs in this process
(threads), so the task can be made to fail here."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild import cluster
from graphbuild.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
CALLS: list[str] = []
REAL = cluster._extract_task


def failing_extract(part, raw, skip):
    """The real task, except for the partition of the file named bad-*: it raises."""
    CALLS.append(part.paths[0])
    if any(Path(p).name.startswith("bad-") for p in part.paths):
        raise RuntimeError("the disk under this worker is on fire")
    return REAL(part, raw, skip)


@pytest.fixture()
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, src in enumerate(sorted((ROOT / "eval" / "dev2" / "articles").glob("*.txt"))[:5]):
        shutil.copy(src, folder / (f"bad-{src.name}" if i == 2 else src.name))
    return folder


def test_a_failing_partition_is_retried_reported_and_skipped(inputs, tmp_path, monkeypatch):
    from distributed import LocalCluster

    monkeypatch.setattr(cluster, "_extract_task", failing_extract)
    monkeypatch.setattr(cluster, "PARTITION_BYTES", 1)  # one file, one partition
    CALLS.clear()
    bad = next(p for p in inputs.iterdir() if p.name.startswith("bad-"))
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as local:
        res = runner.invoke(
            app,
            ["run", str(inputs), "--out", str(tmp_path / "out"), "-q"]
            + ["--scheduler", local.scheduler_address],
        )
    assert res.exit_code == 1, res.output + res.stderr
    assert res.stderr.splitlines() == [f"error: {bad}: the disk under this worker is on fire"]
    assert CALLS.count(str(bad)) == cluster.RETRIES + 1
    assert len(set(CALLS)) == 5
    graph = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert sorted(graph["graph"]["articles"]) == sorted(
        p.stem for p in inputs.iterdir() if p != bad
    )
    assert len(list((tmp_path / "out").glob("extractions-*.jsonl"))) == 4


def test_an_article_id_in_two_partitions_is_dropped_from_the_later_one(tmp_path, monkeypatch):
    """As one process: the second article with an id is skipped with one error line, and
    the outputs are those of ``--jobs 1`` (the later partition is extracted again)."""
    from distributed import LocalCluster

    monkeypatch.setattr(cluster, "PARTITION_BYTES", 1)  # one file, one partition
    folder = tmp_path / "in"
    arts = sorted((ROOT / "eval" / "dev2" / "articles").glob("*.txt"))[:6]
    for sub, files in (("a", arts[:3]), ("b", arts[3:]), ("c", [arts[1], arts[4]])):
        (folder / sub).mkdir(parents=True)
        for src in files:
            shutil.copy(src, folder / sub / src.name)
    runs = {}
    with LocalCluster(n_workers=2, processes=False, dashboard_address=None) as local:
        for kind, option in (
            ("one", ["-j", "1"]),
            ("dask", ["--scheduler", local.scheduler_address]),
        ):
            out = tmp_path / kind
            res = runner.invoke(app, ["run", str(folder), "--out", str(out), "-q", *option])
            assert res.exit_code == 1, res.output + res.stderr
            runs[kind] = (sorted(res.stderr.splitlines()), out)
    (errors, one), (dask_errors, dask) = runs["one"], runs["dask"]
    assert len(errors) == 2 and all("duplicate article id" in e for e in errors)
    assert dask_errors == errors
    assert (dask / "graph.json").read_bytes() == (one / "graph.json").read_bytes()
    lines = sorted(x for f in dask.glob("extractions-*.jsonl") for x in f.read_text().splitlines())
    assert lines == sorted((one / "extractions.jsonl").read_text().splitlines())
