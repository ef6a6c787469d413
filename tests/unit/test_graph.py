"""build_graph: one node per entity id, its mentions folded in, lists sorted."""

from __future__ import annotations

import json

import networkx as nx

from graphbuild.graph import build_graph, write_graph_json
from graphbuild.model import Article, Entity, Extraction
from graphbuild.pipeline import extract
from graphbuild.sources import read_articles


def _ex(aid: str, *ents: Entity) -> Extraction:
    return Extraction(article=Article(id=aid, title="", text="x", lang="en"), entities=ents)


def _official(name: str, **kw) -> Entity:
    return Entity(id="Official:zed", type="Official", name=name, **kw)


def test_mentions_fold_into_one_node_with_sorted_lists() -> None:
    g = build_graph(
        [
            _ex("b2", _official("Zed Amr", aliases=("Zed",), merges=("z2", "a1"))),
            _ex(
                "a1", _official("Z. Amr", aliases=("Amr", "Zed"), merges=("m0",), title="Minister")
            ),
            _ex("c3", _official("Zed Amr", confidence=0.5)),
        ]
    )
    node = g.nodes["Official:zed"]
    assert node["name"] == "Zed Amr"  # the first mention names the node
    assert node["aliases"] == ["Amr", "Z. Amr", "Zed"]
    assert node["articles"] == ["a1", "b2", "c3"]
    assert node["merges"] == ["a1", "m0", "z2"]
    assert node["title"] == "Minister"  # the first mention that has one
    assert node["confidence"] == 1.0


def test_a_node_seen_once_keeps_its_entity_lists() -> None:
    g = build_graph(
        [_ex("a1", _official("Zed Amr", aliases=("Zed", "Zed Amr"), merges=("b", "a")))]
    )
    node = g.nodes["Official:zed"]
    assert node["aliases"] == ["Zed"]  # its own name is no alias
    assert node["articles"] == ["a1"]
    assert node["merges"] == ["b", "a"]


def test_build_graph_takes_a_generator_of_many_articles() -> None:
    n = 3000
    g = build_graph(_ex(f"a{i:05d}", _official(f"Zed Amr {i % 7}")) for i in range(n))
    node = g.nodes["Official:zed"]
    assert len(node["articles"]) == n
    assert node["aliases"] == [f"Zed Amr {i}" for i in range(1, 7)]


def _node_link_text(g) -> str:
    data = nx.node_link_data(g, edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def test_graph_json_streams_the_bytes_of_node_link_data(tmp_path, seeds_dir) -> None:
    g = build_graph(extract(read_articles([seeds_dir])))
    g.graph["nested"] = {"list": [1, {"b": "\u0645\n"}], "empty": {}, "none": []}
    for graph in (g, nx.MultiDiGraph(), nx.MultiDiGraph(articles={})):
        write_graph_json(graph, tmp_path / "graph.json")
        assert (tmp_path / "graph.json").read_text(encoding="utf-8") == _node_link_text(graph)
