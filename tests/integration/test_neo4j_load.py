"""Loading graphs into the real server: model, idempotence, incremental merges, real extractions."""

from __future__ import annotations

import pytest

from graphbuild.graph import build_graph
from graphbuild.neo4j.loader import apply_schema, graph_rows, load_graph

from sample_data import AQILA, BORIS, SARRAJ, sample_extractions

from .conftest import snapshot

pytestmark = pytest.mark.integration

EXPECTED_LABELS = {
    "Agency": 1,
    "Article": 2,
    "Country": 2,
    "Entity": 6,
    "Official": 3,
    "Statement": 1,
}


def test_load_hand_made_graph(driver, settings, sample_graph):
    summary = load_graph(sample_graph, settings, driver=driver, quiet=True)
    snap = snapshot(driver)
    assert snap["labels"] == EXPECTED_LABELS
    assert snap["types"] == {
        "MEMBER_OF": 2,
        "MENTIONED_IN": 8,
        "MENTIONS": 2,
        "MET_WITH": 2,
        "REPORTED_IN": 1,
        "SAID": 1,
    }
    assert summary.nodes_created == 9 and summary.nodes_matched == 0
    assert summary.relationships_created == 16 and summary.relationships_matched == 0
    assert "9 created" in summary.line()


def test_model_properties(driver, settings, sample_graph):
    load_graph(sample_graph, settings, driver=driver, quiet=True)
    rec = driver.execute_query(
        "MATCH (o:Official:Entity {id: $id}) RETURN o{.*} AS o", id=BORIS
    ).records[0]["o"]
    assert rec["name"] == "بوريس جونسون"
    assert rec["aliases"] == sorted(["السيد جونسون", "جونسون", "وزير الخارجية جونسون"])
    assert rec["aliases_text"] == " | ".join(rec["aliases"])
    assert "وزير الخارجيه جونسون" in rec["search_terms"]  # ة folded
    assert rec["country"] == "GBR" and rec["title"] == "وزير الخارجية" and rec["confidence"] == 1.0
    art = driver.execute_query("MATCH (a:Article {id: 'a1'}) RETURN a{.*} AS a").records[0]["a"]
    assert art == {
        "id": "a1",
        "title": "وزير الخارجية يزور طبرق",
        "url": "https://example.org/a1",
        "published": "2017-05-04",
        "lang": "ar",
        "source": "example",
    }
    met = driver.execute_query(
        "MATCH (:Official {id: $a})-[r:MET_WITH]->(:Official {id: $b}) RETURN r{.*} AS r",
        a=BORIS,
        b=SARRAJ,
    ).records
    assert len(met) == 1  # two sentences of one article: one relationship
    r = met[0]["r"]
    assert r["article_id"] == "a2" and r["count"] == 2 and r["evidence"] == "التقى جونسون السراج."
    assert (
        r["start"] == 0
        and r["end"] == 20
        and r["published"] == "2017-06-01"
        and r["confidence"] == 0.8
    )
    said = driver.execute_query(
        "MATCH (s:Official)-[r:SAID]->(st:Statement)-[:REPORTED_IN]->(a:Article) "
        "RETURN s.id AS s, r.article_id AS aid, st.text AS text, st.lang AS lang, a.id AS a, "
        "COLLECT { MATCH (st)-[:MENTIONS]->(m) RETURN m.id ORDER BY m.id } AS mentions"
    ).records
    assert [dict(x) for x in said] == [
        {
            "s": BORIS,
            "aid": "a1",
            "text": "بريطانيا تدعم ليبيا",
            "lang": "ar",
            "a": "a1",
            "mentions": ["Country:GBR", "Country:LBY"],
        }
    ]


def test_second_load_changes_nothing(driver, settings, sample_graph):
    first = load_graph(sample_graph, settings, driver=driver, quiet=True)
    assert first.changed and first.properties_set > 0
    before = snapshot(driver)
    again = load_graph(build_graph(sample_extractions()), settings, driver=driver, quiet=True)
    assert snapshot(driver) == before
    assert (
        again.nodes_created,
        again.relationships_created,
        again.properties_set,
        again.labels_added,
    ) == (0, 0, 0, 0)
    assert not again.changed
    assert again.nodes_matched == 9 and again.relationships_matched == 16
    assert again.line().startswith("nothing changed")


# The property hash (conftest.snapshot) of the hand-made graph after one load. Loading
# writes only what changed; this pins that the graph a first load produces is the one
# the load statements always produced. Update it only for a deliberate model change.
SAMPLE_HASH = "96915c06848cc0608f22b504e0aea36fae47dc0cc8800f7708388cecae0c51e3"


def test_first_load_gives_the_known_graph(driver, settings, sample_graph):
    load_graph(sample_graph, settings, driver=driver, quiet=True)
    assert snapshot(driver)["hash"] == SAMPLE_HASH


def test_a_changed_value_is_written_and_counted(driver, settings, sample_graph):
    """A value the merge rule prefers (README "Graph model": here a longer title) is
    written and counted; one it does not (the old, shorter title; no url) changes nothing."""
    load_graph(sample_graph, settings, driver=driver, quiet=True)
    g = build_graph(sample_extractions())
    longer = "وزير الخارجية البريطاني يزور مدينة طبرق"
    g.graph["articles"]["a1"] = {**g.graph["articles"]["a1"], "title": longer, "url": None}
    changed = load_graph(g, settings, driver=driver, quiet=True)
    assert (changed.nodes_created, changed.relationships_created, changed.properties_set) == (
        0,
        0,
        1,
    )
    art = driver.execute_query("MATCH (a:Article {id: 'a1'}) RETURN a{.*} AS a").records[0]["a"]
    assert art["title"] == longer and art["url"] == "https://example.org/a1"
    back = load_graph(sample_graph, settings, driver=driver, quiet=True)
    assert not back.changed and back.properties_set == 0, back.line()
    assert snapshot(driver)["hash"] != SAMPLE_HASH


def test_relationship_and_statement_changes_are_written(driver, settings, sample_graph):
    """A relationship record the merge rule prefers (higher confidence) replaces the one
    there, every property of it; a record it does not prefer changes nothing."""
    g = build_graph(sample_extractions())
    for _, _, d in g.edges(data=True):
        if d["type"] in ("MET_WITH", "SAID"):
            d["rule"], d["confidence"] = "changed-rule", 0.5
    load_graph(g, settings, driver=driver, quiet=True)
    count = "MATCH ()-[r]->() WHERE r.rule = 'changed-rule' RETURN count(r) AS n"
    assert driver.execute_query(count).records[0]["n"] == 3
    changed = load_graph(sample_graph, settings, driver=driver, quiet=True)
    assert driver.execute_query(count).records[0]["n"] == 0
    assert changed.properties_set == 6 and changed.relationships_created == 0  # rule, confidence
    assert snapshot(driver)["hash"] == SAMPLE_HASH
    again = load_graph(g, settings, driver=driver, quiet=True)
    assert not again.changed, again.line()


def test_incremental_loads_merge_shared_entities(driver, settings):
    e1, e2 = sample_extractions()
    load_graph(build_graph([e1]), settings, driver=driver, quiet=True)
    second = load_graph(build_graph([e2]), settings, driver=driver, quiet=True)
    assert second.nodes_created == 2  # a2 and السراج; Boris and Libya matched
    incremental = snapshot(driver)
    assert incremental["hash"] == SAMPLE_HASH
    both = load_graph(build_graph([e1, e2]), settings, driver=driver, quiet=True)
    assert not both.changed, both.line()
    driver.execute_query("MATCH (n) DETACH DELETE n")
    load_graph(build_graph([e1, e2]), settings, driver=driver, quiet=True)
    assert snapshot(driver) == incremental
    n = driver.execute_query("MATCH (o:Official {id: $id}) RETURN count(o) AS n", id=BORIS).records[
        0
    ]["n"]
    assert n == 1


def test_batch_size_does_not_change_the_result(driver, settings, sample_graph):
    one = load_graph(sample_graph, settings, driver=driver, quiet=True, batch_size=1)
    small = snapshot(driver)
    assert one.batches == sum(
        len(v) for k, v in graph_rows(sample_graph).items() if not k.startswith("_")
    )
    driver.execute_query("MATCH (n) DETACH DELETE n")
    load_graph(sample_graph, settings, driver=driver, quiet=True, batch_size=500)
    assert snapshot(driver) == small


def test_progress_and_summary_go_to_stderr(driver, settings, sample_graph, capsys):
    load_graph(sample_graph, settings, driver=driver, quiet=False)
    out, err = capsys.readouterr()
    assert out == ""
    assert settings.password not in err


@pytest.fixture(scope="module")
def real_graph(seeds_dir, root):
    from graphbuild import extract, read_articles

    arts = read_articles([seeds_dir, root / "eval" / "dev" / "articles"])
    assert len(arts) >= 6
    return build_graph(extract(arts))


def test_load_seed_and_dev_extractions_twice(driver, settings, real_graph):
    rows = graph_rows(real_graph)
    first = load_graph(real_graph, settings, driver=driver, quiet=True, batch_size=7)
    snap = snapshot(driver)
    entities = sum(
        len(rows[k]) for k in ("entities_official", "entities_agency", "entities_country")
    )
    assert snap["labels"]["Entity"] == entities
    assert snap["labels"]["Article"] == len(real_graph.graph["articles"])
    assert snap["labels"].get("Statement", 0) == len(rows["said"])
    assert snap["types"].get("MET_WITH", 0) == len(rows["rel_met_with"]) > 0
    assert snap["types"].get("MEMBER_OF", 0) == len(rows["rel_member_of"]) > 0
    assert first.nodes_created == sum(snap["labels"][k] for k in ("Entity", "Article")) + snap[
        "labels"
    ].get("Statement", 0)
    second = load_graph(real_graph, settings, driver=driver, quiet=True)
    assert (
        second.nodes_created,
        second.relationships_created,
        second.properties_set,
        second.labels_added,
    ) == (0, 0, 0, 0)
    assert snapshot(driver) == snap


def test_aqila_is_found_by_id(driver, settings, sample_graph):
    apply_schema(settings, driver=driver)
    load_graph(sample_graph, settings, driver=driver, quiet=True, schema=False)
    assert (
        driver.execute_query("MATCH (e:Entity {id: $id}) RETURN e.name AS n", id=AQILA).records[0][
            "n"
        ]
        == "عقيلة صالح"
    )
