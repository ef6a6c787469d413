"""The merge rule of properties (graphbuild/merge.py) and the loader's rounds, without a
database (the Cypher side is tested on the real server: tests/integration/
test_neo4j_merge_order.py)."""

from __future__ import annotations

import itertools

from conflict_data import conflicting_extractions
from graphbuild.graph import build_graph
from graphbuild.merge import prefer
from graphbuild.neo4j.loader import merge_rounds


def test_a_value_beats_none_then_the_longest_then_the_smallest():
    assert prefer(None, "Minister", "") == "Minister"
    assert prefer("Minister", "Deputy Foreign Minister") == "Deputy Foreign Minister"
    assert prefer("JOR", "EGY") == "EGY"
    assert prefer("أحمد", "احمد") == "أحمد"  # أ (U+0623) before ا (U+0627)
    assert prefer(None, "") is None and prefer() is None


def test_the_order_of_the_values_never_matters():
    values = ["Envoy", "envoy", "Ambassador", None, "Minister", "Ministre", ""]
    kept = {prefer(*p) for p in itertools.permutations(values, 4)}
    assert len({prefer(*values)}) == 1 and prefer(*values) == "Ambassador"
    assert all(k in values for k in kept)
    for a, b, c in itertools.permutations(["Envoy", "Ambassador", "Minister"]):
        assert prefer(prefer(a, b), c) == prefer(a, prefer(b, c)) == "Ambassador"


def test_strings_compare_as_neo4j_does_in_utf16_code_units():
    # Python orders code points: U+1F600 > U+FFFD; Neo4j (Java) orders UTF-16 code units,
    # where U+1F600 is the surrogate pair D83D DE00 < FFFD
    assert prefer("\U0001f600", "\ufffd") == "\U0001f600"


def test_graph_building_keeps_the_same_values_in_any_order_of_the_articles():
    exs = conflicting_extractions(0, 30)
    forward, backward = build_graph(exs), build_graph(exs[::-1])
    shuffled = build_graph(exs[1::2] + exs[::2])
    for n, d in forward.nodes(data=True):
        for attr in ("name", "title", "country", "kind", "aliases", "confidence"):
            assert backward.nodes[n].get(attr) == d.get(attr) == shuffled.nodes[n].get(attr)
    for n, d in forward.nodes(data=True):
        seen = [e for ex in exs for e in ex.entities if e.id == n]
        if d.get("type") == "Official":
            assert len({e.title for e in seen}) > 1  # the articles disagree
            assert d["title"] == prefer(*(e.title for e in seen))
            assert d["country"] == prefer(*(e.country for e in seen))


def test_rows_of_one_identity_go_to_rounds_one_after_the_other():
    rows = [{"id": "a", "v": 1}, {"id": "b", "v": 2}, {"id": "a", "v": 3}, {"id": "a", "v": 4}]
    rounds = merge_rounds("entities_official", rows)
    assert [[r["v"] for r in part] for part in rounds] == [[1, 2], [3], [4]]
    rels = [
        {"source": "x", "target": "y", "article_id": "1"},
        {"source": "x", "target": "y", "article_id": "2"},
    ]
    assert merge_rounds("rel_met_with", rels) == [rels]  # other articles: other relationships
