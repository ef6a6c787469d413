"""Integration fixtures: the REAL Neo4j started by ``graphbuild neo4j start`` (scripts/test
does it).

Connection from ``NEO4J_URI`` (default bolt://127.0.0.1:7687), ``NEO4J_USER`` and
``NEO4J_PASSWORD``. A missing password or an unreachable server FAILS the
tests — they are never skipped. Every test starts from an empty database, so
the URI must be a local server (or set ``GRAPHBUILD_TEST_ALLOW_WIPE=1``).
"""

from __future__ import annotations

import hashlib
import json
import os
from urllib.parse import urlparse

import pytest

from graphbuild.errors import GraphbuildError
from graphbuild.graph import build_graph
from sample_data import sample_extractions
from graphbuild.neo4j.loader import Neo4jSettings, connect


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/integration" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def settings() -> Neo4jSettings:
    if not os.environ.get("NEO4J_PASSWORD"):
        pytest.fail(
            "NEO4J_PASSWORD is not set: the integration tests need the real server "
            "(export NEO4J_PASSWORD=...; graphbuild neo4j start — scripts/test does both)"
        )
    s = Neo4jSettings.from_env(os.environ)
    host = urlparse(s.uri).hostname
    if (
        host not in ("127.0.0.1", "localhost", "::1")
        and os.environ.get("GRAPHBUILD_TEST_ALLOW_WIPE") != "1"
    ):
        pytest.fail(
            f"refusing to wipe {s.uri} between tests:"
            " set GRAPHBUILD_TEST_ALLOW_WIPE=1 if that is meant"
        )
    return s


@pytest.fixture(scope="session")
def driver(settings):
    cm = connect(settings)
    try:
        drv = cm.__enter__()
    except GraphbuildError as err:
        pytest.fail(f"the Neo4j server for the integration tests is not usable: {err}")
    yield drv
    cm.__exit__(None, None, None)


@pytest.fixture(autouse=True)
def empty_db(driver, settings):
    """Each test starts from an empty database (schema kept: it is idempotent)."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)
    yield


@pytest.fixture()
def sample_graph():
    return build_graph(sample_extractions())


def snapshot(driver, database: str = "neo4j") -> dict:
    """Counts per label / relationship type and a hash
    of every property of every node and relationship."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", database_=database
    )
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props",
        database_=database,
    )
    node_lines = sorted(
        json.dumps(
            [sorted(r["labels"]), r["props"]], ensure_ascii=False, sort_keys=True, default=str
        )
        for r in nodes
    )
    rel_lines = sorted(
        json.dumps(
            [r["type"], r["a"], r["b"], r["props"]], ensure_ascii=False, sort_keys=True, default=str
        )
        for r in rels
    )
    labels: dict[str, int] = {}
    for r in nodes:
        for lb in r["labels"]:
            labels[lb] = labels.get(lb, 0) + 1
    types: dict[str, int] = {}
    for r in rels:
        types[r["type"]] = types.get(r["type"], 0) + 1
    digest = hashlib.sha256("\n".join(node_lines + ["--"] + rel_lines).encode("utf-8")).hexdigest()
    return {
        "labels": dict(sorted(labels.items())),
        "types": dict(sorted(types.items())),
        "hash": digest,
    }
