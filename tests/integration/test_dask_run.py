"""``graphbuild run --scheduler`` against ``--jobs 1`` on the real Neo4j: the dev sets plus
2,000 generated articles (bench/corpus.py, in JSONL shards of 250) give the same
extractions (the shards' lines sorted against extractions.jsonl's), the same graph.json
and graph.html bytes and the same Neo4j graph (counts and property hash) — on a
``LocalCluster``, and on a cluster one of whose workers is killed mid-run."""

from __future__ import annotations

import importlib.util
import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.resolve import OfficialIndex, resolve_corpus
from sample_data import sample_extractions

from .conftest import snapshot

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
GENERATED = 2000
SHARD = 250


def _corpus(tmp: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = corpus  # its dataclasses look their module up
    spec.loader.exec_module(corpus)
    whole = corpus.write_corpus(GENERATED, tmp / "generated.jsonl")
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    whole.unlink()
    shards = tmp / "shards"
    shards.mkdir()
    for i in range(0, len(lines), SHARD):
        (shards / f"part-{i // SHARD:03d}.jsonl").write_text("".join(lines[i : i + SHARD]))
    return [ROOT / "eval" / "dev" / "articles", ROOT / "eval" / "dev2" / "articles", shards]


def _clear(driver, settings) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)


def _run(paths: list[Path], out: Path, *extra: str) -> None:
    args = ["run", *map(str, paths), "--out", str(out), "--neo4j", "--quiet", *extra]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output + res.stderr


def _files(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in ("graph.json", "graph.html")}


def _lines(files: list[Path]) -> list[str]:
    return sorted(line for f in files for line in f.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def reference(tmp_path_factory, driver, settings):
    """The corpus, and what ``--jobs 1`` makes of it: files, extraction lines, Neo4j."""
    tmp = tmp_path_factory.mktemp("dask")
    paths = _corpus(tmp)
    _clear(driver, settings)
    _run(paths, tmp / "jobs1", "--jobs", "1")
    files = _files(tmp / "jobs1")
    lines = _lines([tmp / "jobs1" / "extractions.jsonl"])
    assert len(lines) == GENERATED + 71  # dev (5) and dev2 (66): every article extracted
    return paths, files, lines, snapshot(driver, settings.database)


def _check(out: Path, reference, driver, settings) -> None:
    _, files, lines, snap = reference
    shards = sorted(out.glob("extractions-*.jsonl"))
    assert len(shards) > 2  # the work was cut into partitions
    assert not (out / "extractions.jsonl").exists()
    assert _lines(shards) == lines
    assert _files(out) == files
    assert snapshot(driver, settings.database) == snap


def test_local_cluster_gives_the_single_process_result(reference, driver, settings, tmp_path):
    _run(reference[0], tmp_path / "dask", "--scheduler", "local:2")
    _check(tmp_path / "dask", reference, driver, settings)


def _extracts_done(dask_scheduler) -> int:
    return sum(
        1
        for key, ts in dask_scheduler.tasks.items()
        if str(key).startswith("graphbuild-extract") and ts.state == "memory"
    )


def _killer(address: str, killed: list[int], stop: threading.Event) -> None:
    """Kill one worker process (its nanny starts another) once an extraction is done."""
    from distributed import Client

    with Client(address, timeout="30s") as client:
        while not stop.is_set():
            done = client.run_on_scheduler(_extracts_done)
            if done >= 1:
                pids = client.run(os.getpid)
                pid = pids[sorted(pids)[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
            time.sleep(0.05)


def test_a_killed_worker_changes_nothing(reference, driver, settings, tmp_path):
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster:
        killed: list[int] = []
        stop = threading.Event()
        thread = threading.Thread(target=_killer, args=(cluster.scheduler_address, killed, stop))
        thread.start()
        try:
            _run(reference[0], tmp_path / "dask", "--scheduler", cluster.scheduler_address)
        finally:
            stop.set()
            thread.join()
        assert len(killed) == 1  # the kill happened during the run
        with Client(cluster) as client:
            client.wait_for_workers(2, timeout=60)
            assert killed[0] not in client.run(os.getpid).values()  # its nanny restarted it
    _check(tmp_path / "dask", reference, driver, settings)


def test_indexes_folded_in_partition_order_resolve_as_one_index():
    """The reduce: OfficialIndex.update of consecutive parts is the index of the whole."""
    exs = sample_extractions()
    whole = OfficialIndex()
    for ex in exs:
        whole.add(ex)
    for cut in range(len(exs) + 1):
        parts = [OfficialIndex(), OfficialIndex()]
        for i, ex in enumerate(exs):
            parts[i >= cut].add(ex)
        folded = OfficialIndex()
        for part in parts:
            folded.update(part)
        assert folded.officials == whole.officials
        res = folded.resolution()
        assert [res.apply(ex) for ex in exs] == resolve_corpus(exs)
