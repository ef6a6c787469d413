"""The Neo4j sink against the real server: the same loop as the files, idempotent, files first."""

from __future__ import annotations

import pytest
from sample_data import sample_extractions

from graphbuild.errors import Neo4jUnavailable
from graphbuild.graph import build_graph
from graphbuild.neo4j.loader import LoadSummary, Neo4jSettings
from graphbuild.sinks import OUTPUT_FILES, output_sinks, run_sinks


def count(driver, settings, cypher: str) -> int:
    return driver.execute_query(cypher, database_=settings.database).records[0][0]


def test_run_sinks_writes_the_files_then_loads_neo4j(settings, driver, tmp_path):
    exs = sample_extractions()
    g = build_graph(exs)
    results = run_sinks(output_sinks(tmp_path, neo4j=settings, quiet=True), [exs[:1], exs[1:]], g)
    assert [r.name for r in results] == [
        "extractions",
        "json",
        "graphml",
        "html",
        "outputs",
        "neo4j",
    ]
    assert all((tmp_path / f).stat().st_size > 0 for f in OUTPUT_FILES.values())
    neo = results[-1]
    assert neo.target == f"{settings.uri} ({settings.database})" and isinstance(
        neo.detail, LoadSummary
    )
    assert neo.detail.changed and neo.detail.nodes_created > 0
    officials = count(driver, settings, "MATCH (o:Official) RETURN count(o)")
    assert officials == sum(1 for _, d in g.nodes(data=True) if d.get("type") == "Official")
    again = run_sinks(output_sinks(tmp_path, neo4j=settings, quiet=True), [exs], g)[-1]
    assert not again.detail.changed  # the same graph twice: nothing changes
    assert count(driver, settings, "MATCH (o:Official) RETURN count(o)") == officials


def test_an_unreachable_neo4j_still_leaves_the_files(tmp_path):
    exs = sample_extractions()
    down = Neo4jSettings(uri="bolt://127.0.0.1:1", password="whatever-1")
    with pytest.raises(Neo4jUnavailable):
        run_sinks(output_sinks(tmp_path, neo4j=down, quiet=True), [exs], build_graph(exs))
    assert all((tmp_path / f).is_file() for f in OUTPUT_FILES.values())
