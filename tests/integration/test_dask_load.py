"""``graphbuild load --scheduler``: articles extracted on the cluster, or an extraction file
read here, and the batches written by the workers give the graph of a load without it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from graphbuild.cli import app

from .conftest import snapshot

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def _load(*args: str) -> None:
    res = runner.invoke(app, ["load", *args, "--quiet"])
    assert res.exit_code == 0, res.output + res.stderr


def _clear(driver, settings) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)


def test_load_on_the_cluster_gives_the_same_graph(driver, settings, tmp_path):
    from distributed import LocalCluster

    articles = str(ROOT / "eval" / "dev" / "articles")
    extractions = tmp_path / "dev.jsonl"
    res = runner.invoke(app, ["extract", articles, "-o", str(extractions), "-q", "-j", "1"])
    assert res.exit_code == 0, res.output
    _load(articles)
    alone = snapshot(driver, settings.database)
    assert alone["labels"].get("Official", 0) > 5
    with LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        for inputs, writers in ((articles, "2"), (str(extractions), "3")):
            _clear(driver, settings)
            _load(inputs, "--scheduler", cluster.scheduler_address, "--writers", writers)
            assert snapshot(driver, settings.database) == alone
