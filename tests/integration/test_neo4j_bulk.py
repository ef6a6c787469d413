"""The bulk first load against real servers: `graphbuild export --format neo4j-admin` +
`graphbuild neo4j import` give the loader's graph, and the loader goes on from there.

The loader writes into the suite's server; the import goes into a second real Neo4j
in a tmp home on a free port (the import needs a stopped server of its own), run by
the real CLI as subprocesses with a private state directory.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from graphbuild.graph import build_graph
from graphbuild.neo4j import server
from graphbuild.neo4j.loader import Neo4jSettings, connect, load_graph
from graphbuild.pipeline import extract
from graphbuild.sources import read_articles
from sample_data import sample_extractions

from .conftest import snapshot

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def corpus():
    """eval/dev and the seeds: Arabic and English articles, quotes, multi-line text."""
    articles = read_articles([str(ROOT / "eval" / "dev" / "articles"), str(ROOT / "seeds")])
    return build_graph(extract(articles))


@pytest.fixture()
def bulk_home(tmp_path, settings):
    """A home for a second server, its port and the CLI's environment; stopped at the end."""
    home = tmp_path / "bulk-home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(NEO4J_PASSWORD=settings.password, XDG_STATE_HOME=str(tmp_path / "state"))
    port = _free_port()
    yield home, port, env
    server.stop(home)


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graphbuild", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_export_and_import_give_the_loaders_graph_and_the_loader_goes_on(
    driver, settings, corpus, bulk_home, tmp_path
):
    home, port, env = bulk_home
    first = load_graph(corpus, settings, driver=driver, quiet=True)
    loaded = snapshot(driver)
    assert loaded["labels"]["Statement"] > 0 and loaded["types"]["SAID"] > 0  # quotes are there
    graph_json = tmp_path / "graph.json"
    from graphbuild.graph import write_graph_json

    write_graph_json(corpus, graph_json)
    out = tmp_path / "admin"
    res = _cli(env, "export", "--format", "neo4j-admin", str(out), str(graph_json), "-q")
    assert res.returncode == 0, res.stderr
    assert (out / "manifest.json").is_file() and (out / "nodes_Official.csv").is_file()
    res = _cli(env, "neo4j", "import", str(out), "--home", str(home), "--port", str(port))
    assert res.returncode == 0, res.stderr
    assert f"bolt://127.0.0.1:{port}" in res.stdout
    bulk = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=settings.password)
    with connect(bulk) as bdrv:
        assert snapshot(bdrv) == loaded  # counts per label and type, and every property
        schema = _schema(bdrv)  # every index and constraint of schema.cypher, online
        assert schema == _schema(driver) and len(schema) >= 13
        assert {row[5] for row in schema if row[0] == "index"} == {"ONLINE"}
        again = load_graph(corpus, bulk, driver=bdrv, quiet=True)  # the same articles
        assert not again.changed, again.line()
        assert again.nodes_merged == first.nodes_created
        more = build_graph(sample_extractions())  # new articles, entities shared with the corpus
        added = load_graph(more, bulk, driver=bdrv, quiet=True)
        load_graph(more, settings, driver=driver, quiet=True)
        assert added.nodes_created > 0 and added.nodes_matched > 0  # new nodes, merged ones
        assert snapshot(bdrv) == snapshot(driver)


def test_a_runs_csv_directory_imports_to_the_loaders_graph(
    driver, settings, corpus, bulk_home, tmp_path
):
    """`run --formats json,neo4j-admin` then `neo4j import OUT/neo4j-admin` (a link into the
    run's set): the graph the loader writes from the same articles."""
    home, port, env = bulk_home
    load_graph(corpus, settings, driver=driver, quiet=True)
    out = tmp_path / "out"
    articles = [str(ROOT / "eval" / "dev" / "articles"), str(ROOT / "seeds")]
    res = _cli(env, "run", *articles, "-o", str(out), "-q", "--formats", "json,neo4j-admin")
    assert res.returncode == 0, res.stderr
    assert (out / "neo4j-admin").is_symlink()
    where = ["--home", str(home), "--port", str(port)]
    res = _cli(env, "neo4j", "import", str(out / "neo4j-admin"), *where)
    assert res.returncode == 0, res.stderr
    bulk = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=settings.password)
    res = _cli(env, "neo4j", "import", str(out / "neo4j-admin"), *where)
    assert res.returncode == 5  # the server it started runs: nothing replaced under it
    with connect(bulk) as bdrv:
        assert snapshot(bdrv) == snapshot(driver)


def _schema(drv) -> set[tuple]:
    """The schema's indexes (constraints' included) and constraints of a server, by name."""
    import re

    from graphbuild.neo4j.loader import cypher_dir, read_statements

    names = {
        m[1]
        for st in read_statements(cypher_dir() / "schema.cypher")
        if (m := re.search(r"(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS", st))
    }
    idx, _, _ = drv.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, options"
        " RETURN name, type, labelsOrTypes, properties, state, options.indexConfig AS config"
    )
    cons, _, _ = drv.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties"
        " RETURN name, type, labelsOrTypes, properties"
    )
    out = {
        (
            "index",
            r["name"],
            r["type"],
            tuple(r["labelsOrTypes"] or ()),
            tuple(r["properties"] or ()),
            r["state"],
            json.dumps(r["config"], sort_keys=True, default=str),
        )
        for r in idx
    }
    out |= {
        ("constraint", r["name"], r["type"], tuple(r["labelsOrTypes"]), tuple(r["properties"]))
        for r in cons
    }
    return {row for row in out if row[1] in names}


def test_import_refuses_a_running_server_and_an_existing_database(
    settings, corpus, bulk_home, tmp_path
):
    home, port, env = bulk_home
    from graphbuild.neo4j.bulk import export_rows
    from graphbuild.neo4j.loader import graph_rows

    out = tmp_path / "admin"
    export_rows(graph_rows(corpus), out)
    res = _cli(env, "neo4j", "import", str(tmp_path), "--home", str(home), "--port", str(port))
    assert res.returncode == 2 and "manifest.json: no such file" in res.stderr
    server.start(home, port, password=settings.password, quiet=True)
    res = _cli(env, "neo4j", "import", str(out), "--home", str(home), "--port", str(port))
    assert res.returncode == 5 and "is running: stop it first" in res.stderr
    server.stop(home)
    res = _cli(env, "neo4j", "import", str(out), "--home", str(home), "--port", str(port))
    assert res.returncode == 2 and "--overwrite" in res.stderr
    assert not server.status(home).running  # refused before anything was started


def test_two_writers_in_small_batches_write_what_one_writer_does(driver, settings, corpus):
    one = load_graph(corpus, settings, driver=driver, quiet=True, batch_size=7, writers=1)
    by_one = snapshot(driver)
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)
    two = load_graph(corpus, settings, driver=driver, quiet=True, batch_size=7, writers=2)
    assert snapshot(driver) == by_one
    assert (two.nodes_created, two.relationships_created, two.properties_set) == (
        one.nodes_created,
        one.relationships_created,
        one.properties_set,
    )
    assert two.batches > one.batches  # rows grouped by the nodes they lock
    again = load_graph(corpus, settings, driver=driver, quiet=True, writers=2)
    assert not again.changed and again.properties_set == 0, again.line()
