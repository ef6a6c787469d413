"""A relation type registered by a test alone is loaded
into the real server through its own Cypher file."""

from __future__ import annotations

import pytest

from graphbuild.graph import build_graph
from graphbuild.neo4j.loader import load_graph
from graphbuild.nlp.extract import extract_article
from toy_relation import ARTICLE, PHONED, RULE, toy_phoned

pytestmark = pytest.mark.integration


def test_a_toy_relation_type_is_loaded_with_its_own_cypher_file(driver, settings, tmp_path):
    with toy_phoned(tmp_path) as toy:
        g = build_graph([extract_article(ARTICLE, registry=toy.registry, lexicon=toy.lexicon)])
        first = load_graph(g, settings, driver=driver, quiet=True)
        again = load_graph(g, settings, driver=driver, quiet=True)
    assert first.rows["rel_phoned"] == 1 and first.changed
    assert not again.changed  # idempotent like every built-in file
    recs = driver.execute_query(
        f"MATCH (a:Official:Entity)-[r:{PHONED}]->(b:Official:Entity) "
        "RETURN a.name AS a, b.name AS b, r.article_id AS article, r.rule AS rule, "
        "r.count AS count, "
        "r.published AS published",
        database_=settings.database,
    ).records
    assert [dict(r) for r in recs] == [
        {
            "a": "Karim Haddad",
            "b": "Tom Reyes",
            "article": "toy1",
            "rule": RULE,
            "count": 1,
            "published": "2024-03-04",
        }
    ]
