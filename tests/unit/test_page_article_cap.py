"""A node named in more articles than the page lists: the page carries the cap (the most
recent), the total and an "and N more" line, streamed or not; graph.json keeps them all."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import graphbuild.graphstream as graphstream
from graphbuild.graph import build_graph, write_graph_json
from graphbuild.graphstream import GraphStream, StreamedGraph
from graphbuild.model import Article, Entity, Extraction, Relation
from graphbuild.render import ARTICLES_MAX, build_page_data, render, render_streamed

N = ARTICLES_MAX + 37
HUB = "Official:hub"


def _published(i: int) -> str | None:
    # repeated dates (ties go to the smaller id), and some articles undated (listed last)
    return None if i % 11 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 5:02d}"


def _extractions() -> list[Extraction]:
    hub = Entity(id=HUB, type="Official", name="Hub")
    out = []
    for i in range(N):
        other = Entity(id=f"Official:o{i % 7}", type="Official", name=f"Other {i % 7}")
        art = Article(id=f"a{i:04d}", title=f"t{i}", text="x", lang="en", published=_published(i))
        rel = Relation(type="MET_WITH", source=HUB, target=other.id, evidence="met")
        out.append(Extraction(art, (hub, other), (rel,)))
    # the articles come in an order that is neither by id nor by date
    return sorted(out, key=lambda ex: (int(ex.article.id[1:]) * 37) % N)


def _expected() -> list[str]:
    ids = [f"a{i:04d}" for i in range(N)]
    dated = sorted((i for i in ids if _published(int(i[1:]))), key=lambda a: a)
    dated.sort(key=lambda a: _published(int(a[1:])) or "", reverse=True)
    undated = sorted(i for i in ids if not _published(int(i[1:])))
    return (dated + undated)[:ARTICLES_MAX]


def _hub(data: dict[str, Any]) -> dict[str, Any]:
    return next(x for x in data["info"] if x["id"] == HUB)


def _page_data(page: str) -> dict[str, Any]:
    m = re.search(r'<script type="application/json" id="[^"]*">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m.group(1))


def _check(hub: dict[str, Any]) -> None:
    assert len(hub["articles"]) == ARTICLES_MAX
    assert hub["articles"] == _expected()  # the most recent, ties to the smaller id
    assert hub["articlesTotal"] == N
    assert hub["articlesMore"] == f"… and {N - ARTICLES_MAX} more articles"


def test_the_page_lists_the_most_recent_articles_and_counts_the_rest() -> None:
    data = build_page_data(build_graph(_extractions()))
    _check(_hub(data))
    small = next(x for x in data["info"] if x["id"] == "Official:o1")  # under the cap
    assert len(small["articles"]) == len([i for i in range(N) if i % 7 == 1])
    assert "articlesTotal" not in small and "articlesMore" not in small
    one_more = build_graph(_extractions()[: ARTICLES_MAX + 1])
    line = _hub(build_page_data(one_more))["articlesMore"]
    assert line == "… and 1 more article"


def _stream(exs: list[Extraction]) -> StreamedGraph:
    s = GraphStream()
    for ex in exs:
        s.add(ex)
    return s.finish()


def test_a_streamed_page_keeps_a_bounded_selection(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(graphstream, "CHUNK", 16)  # the pairs sorted in many runs
    exs = _extractions()
    sg = _stream(exs)
    # drawn in part (fewer nodes than the graph): the selection is made while streaming
    line = render_streamed(sg, tmp_path / "a.html", max_nodes=3, max_edges=50)
    assert line is not None
    render_streamed(sg, tmp_path / "b.html", max_nodes=3, max_edges=50)
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page == (tmp_path / "b.html").read_text(encoding="utf-8")  # deterministic
    data = _page_data(page)
    _check(_hub(data))
    assert set(_expected()) <= set(data["articles"])  # their titles and dates are on the page
    # the part itself holds the selection and the count, not every article id
    part = sg.materialize(keep={HUB, "Official:o0"}.__contains__, recent=ARTICLES_MAX)
    assert part.nodes[HUB]["articles"] == _expected()
    assert part.nodes[HUB]["articles_total"] == N
    # drawn whole: the page of the graph in memory, byte for byte
    render_streamed(sg, tmp_path / "whole.html")
    render(build_graph(exs), tmp_path / "memory.html")
    assert (tmp_path / "whole.html").read_bytes() == (tmp_path / "memory.html").read_bytes()
    # graph.json still lists every article of the node
    sg.write_json(tmp_path / "graph.json")
    nodes = json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))["nodes"]
    assert len(next(n for n in nodes if n["id"] == HUB)["articles"]) == N
    write_graph_json(build_graph(exs), tmp_path / "memory.json")
    assert (tmp_path / "graph.json").read_bytes() == (tmp_path / "memory.json").read_bytes()
    sg.close()
