"""graph.graphml's bytes do not depend on whether lxml is installed."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from graphbuild.graph import write_graphml


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p1", type="Official", name="A. Person", aliases=["A", "Person"], country=None)
    g.add_node("c1", type="Country", name="Egypt")
    g.add_edge("p1", "c1", key="MEMBER_OF|0", type="MEMBER_OF", articles=["x"], weight=2)
    return g


def test_graphml_is_the_plain_writers_bytes(tmp_path: Path) -> None:
    # lxml is in the dev extras (tests/reliability parses GraphML with it)
    out = tmp_path / "g.graphml"
    write_graphml(_graph(), out)
    plain, lx = tmp_path / "plain.graphml", tmp_path / "lxml.graphml"
    h = nx.MultiDiGraph()
    h.add_node("p1", type="Official", name="A. Person", aliases='["A", "Person"]', country="")
    h.add_node("c1", type="Country", name="Egypt")
    h.add_edge("p1", "c1", key="MEMBER_OF|0", type="MEMBER_OF", articles='["x"]', weight=2)
    nx.write_graphml_xml(h, plain)
    nx.write_graphml_lxml(h, lx)
    assert plain.read_bytes() != lx.read_bytes()  # the two writers do differ
    assert out.read_bytes() == plain.read_bytes()
