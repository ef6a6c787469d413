"""Loads in any order give one graph (issue 12, "Load-order dependence"): the merge rule of
README "Graph model" (graphbuild/merge.py), on the suite's real server.

Two sets of articles that disagree about the same officials (title, country, name) and
agencies (kind) are loaded A then B, B then A, and A+B at once (one graph built from both,
and both graphs' rows in one load): every property of every node and relationship is
the same. On the first-value-wins loader the first two differ.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from conflict_data import conflicting_extractions
from graphbuild.graph import build_graph
from graphbuild.merge import prefer
from graphbuild.neo4j.loader import graph_rows, load_graph, load_rows
from graphbuild.pipeline import extract
from graphbuild.sources import read_articles

from .conftest import snapshot

pytestmark = pytest.mark.integration

ROOT_DIR = Path(__file__).resolve().parents[2]


def _wipe(driver, settings) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=settings.database)


def _disagreements(ga, gb, attr: str) -> int:
    return sum(
        1
        for n in set(ga) & set(gb)
        if ga.nodes[n].get(attr)
        and gb.nodes[n].get(attr)
        and ga.nodes[n][attr] != gb.nodes[n][attr]
    )


def _made_up():
    exs = conflicting_extractions(0, 60)
    return exs[::2], exs[1::2]


def _dev2_halves():
    """eval/dev2, eval/dev, eval/written and the seeds, extracted as two corpora (odd and
    even files); dv-en01 makes a Country the speaker of a SAID, which the loader takes like
    any speaker. The written set is in so that the halves disagree on titles and countries
    whatever the rules of the day extract: dev2 and dev alone came to agree on every title
    once the rules read titles better, and the test had nothing left to merge."""
    paths = sorted(
        str(p)
        for d in ("eval/dev2/articles", "eval/dev/articles", "eval/written/articles", "seeds")
        for p in (ROOT_DIR / d).iterdir()
    )
    halves = (paths[::2], paths[1::2])
    return tuple(extract(read_articles(h)) for h in halves)


@pytest.mark.parametrize("corpus", ["made-up", "dev2-halves"])
def test_a_then_b_b_then_a_and_both_at_once_give_one_graph(driver, settings, corpus):
    exs_a, exs_b = _made_up() if corpus == "made-up" else _dev2_halves()
    ga, gb = build_graph(exs_a), build_graph(exs_b)
    if corpus == "made-up":  # they really disagree, on every property the rule decides
        for attr in ("title", "country", "name"):
            assert _disagreements(ga, gb, attr) >= 10, attr
    else:  # real articles: English and Arabic names of one entity, a shorter title
        assert _disagreements(ga, gb, "name") >= 20
        assert _disagreements(ga, gb, "title") >= 5
        # countries: the halves no longer disagree on any (round 24's rules gave both halves the
        # same country wherever either gave one); the made-up corpus covers that property

    load_graph(ga, settings, driver=driver, quiet=True)
    load_graph(gb, settings, driver=driver, quiet=True)
    a_then_b = snapshot(driver)
    again = load_graph(ga, settings, driver=driver, quiet=True)  # idempotent after a merge
    assert not again.changed and again.properties_set == 0, again.line()

    _wipe(driver, settings)
    load_graph(gb, settings, driver=driver, quiet=True, writers=1, batch_size=50)
    load_graph(ga, settings, driver=driver, quiet=True, writers=1, batch_size=50)
    assert snapshot(driver) == a_then_b

    _wipe(driver, settings)
    load_graph(build_graph([*exs_a, *exs_b]), settings, driver=driver, quiet=True)
    assert snapshot(driver) == a_then_b  # graph building merges by the same rule

    _wipe(driver, settings)
    rows_a, rows_b = graph_rows(gb), graph_rows(ga)
    both = {k: rows_a.get(k, []) + rows_b.get(k, []) for k in {*rows_a, *rows_b}}
    load_rows(both, settings, driver=driver, quiet=True)  # one id in two rows of one load
    assert snapshot(driver) == a_then_b


def test_the_value_kept_is_the_rules_choice(driver, settings):
    exs_a, exs_b = _made_up()
    load_graph(build_graph(exs_b), settings, driver=driver, quiet=True)
    load_graph(build_graph(exs_a), settings, driver=driver, quiet=True)
    got, _, _ = driver.execute_query(
        "MATCH (n:Official) RETURN n.id AS id, n.title AS title, n.country AS country,"
        " n.name AS name, n.aliases AS aliases",
        database_=settings.database,
    )
    ents: dict[str, list] = {}
    for ex in [*exs_a, *exs_b]:
        for e in ex.entities:
            ents.setdefault(e.id, []).append(e)
    assert len(got) == 40
    for r in got:
        seen = ents[r["id"]]
        assert r["title"] == prefer(*(e.title for e in seen))
        assert r["country"] == prefer(*(e.country for e in seen))
        assert r["name"] == prefer(*(e.name for e in seen))
        names = {e.name for e in seen} | {a for e in seen for a in e.aliases}
        assert sorted(r["aliases"]) == sorted(names - {r["name"]})


def test_a_relationship_loaded_from_two_extractions_keeps_one_record(driver, settings):
    """The same article extracted twice, differently (another version of the rules): the
    relationship keeps one whole record, the same in both orders."""
    (base,) = conflicting_extractions(7, 8)
    other = replace(
        base, relations=tuple(replace(r, confidence=0.6, start=1, end=9) for r in base.relations)
    )
    g1, g2 = build_graph([base]), build_graph([other])
    load_graph(g1, settings, driver=driver, quiet=True)
    load_graph(g2, settings, driver=driver, quiet=True)
    first = snapshot(driver)
    _wipe(driver, settings)
    load_graph(g2, settings, driver=driver, quiet=True)
    load_graph(g1, settings, driver=driver, quiet=True)
    assert snapshot(driver) == first
    conf, _, _ = driver.execute_query(
        "MATCH ()-[r:MET_WITH|MEMBER_OF]->() RETURN DISTINCT r.confidence AS c, r.start AS s",
        database_=settings.database,
    )
    assert {(r["c"], r["s"]) for r in conf} == {(1.0, 0), (1.0, 30)}


def test_a_loader_run_after_a_bulk_import_merges_by_the_same_rule(driver, settings, tmp_path):
    """A imported with neo4j-admin into a second real server, then B through the loader:
    the graph of loading A then B (and B then A) with the loader alone."""
    from graphbuild.neo4j import server
    from graphbuild.neo4j.bulk import bulk_load, export_rows
    from graphbuild.neo4j.loader import Neo4jSettings, connect

    from .test_neo4j_bulk import _free_port

    exs_a, exs_b = _made_up()
    ga, gb = build_graph(exs_a), build_graph(exs_b)
    load_graph(gb, settings, driver=driver, quiet=True)
    load_graph(ga, settings, driver=driver, quiet=True)
    expected = snapshot(driver)
    export_rows(graph_rows(ga), tmp_path / "admin")
    home, port = tmp_path / "bulk-home", _free_port()
    try:
        bulk_load(tmp_path / "admin", home, password=settings.password, port=port, quiet=True)
        bulk = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=settings.password)
        with connect(bulk) as bdrv:
            merged = load_graph(gb, bulk, driver=bdrv, quiet=True)
            assert merged.nodes_matched > 0 and merged.properties_set > 0
            assert snapshot(bdrv) == expected
    finally:
        server.stop(home)
