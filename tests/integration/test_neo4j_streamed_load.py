"""`run --neo4j` loads a streamed graph from its sorted files (loader.streamed_rows), never
building it: on the real server, the graph is the one the networkx graph's load gives,
counts and every property, in one chunk or in many."""

from __future__ import annotations

from pathlib import Path

import pytest

import graphbuild.neo4j.loader as loader
from graphbuild.graph import build_graph
from graphbuild.graphstream import StreamedGraph
from graphbuild.pipeline import extract, run_streamed
from graphbuild.sinks import output_sinks
from graphbuild.sources import iter_articles, read_articles

from .conftest import snapshot

pytestmark = pytest.mark.integration

ROOT_DIR = Path(__file__).resolve().parents[2]


def _wipe(driver, settings) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)


@pytest.mark.parametrize("chunk", [loader.CHUNK_ROWS, 700])
def test_a_streamed_run_loads_the_graph_of_the_networkx_load(
    driver, settings, tmp_path, monkeypatch, chunk
):
    paths = [ROOT_DIR / "eval" / "dev2" / "articles", ROOT_DIR / "seeds"]
    monkeypatch.setattr(loader, "CHUNK_ROWS", chunk)
    outcome = run_streamed(
        iter_articles(paths),
        output_sinks(tmp_path / "out", neo4j=settings, quiet=True, formats=["json"]),
    )
    assert isinstance(outcome.graph, StreamedGraph)  # the streamed path, not a fallback
    summary = outcome.results[-1].detail
    assert summary.changed and summary.skipped == 0
    streamed = snapshot(driver)
    _wipe(driver, settings)
    loader.load_graph(build_graph(extract(read_articles(paths))), settings, quiet=True)
    assert snapshot(driver) == streamed
    assert streamed["labels"]["Statement"] > 0 and streamed["types"]["MENTIONED_IN"] > 0
