"""The streamed graph: the bytes of build_graph's graph.json from sorted files, and a page
that draws a big graph in part."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import graphbuild.graphstream as graphstream
from graphbuild.errors import InputError
from graphbuild.graph import build_graph, graph_summary, write_graph_json, write_graphml
from graphbuild.graphstream import GraphStream, _Sorter
from graphbuild.model import Article, Entity, Extraction, Relation
from graphbuild.pipeline import extract, run_streamed
from graphbuild.render import render, render_streamed
from graphbuild.sinks import output_sinks
from graphbuild.sources import iter_articles, read_articles


@pytest.fixture(scope="module")
def exs(eval_dir: Path, seeds_dir: Path) -> list[Extraction]:
    return extract(read_articles([eval_dir / "dev2" / "articles", seeds_dir]))


def _stream(exs: list[Extraction], by_id: bool = False) -> graphstream.StreamedGraph:
    s = GraphStream(by_id=by_id)
    for ex in exs:
        s.add(ex)
    return s.finish()


def test_the_sorter_merges_its_runs_and_reads_again() -> None:
    s = _Sorter(chunk=7)
    keys = [(i * 37) % 101 for i in range(101)]
    for k in keys:
        s.add((k, -k), str(k))
    assert [k for k, _ in s.items()] == sorted((k, -k) for k in keys)
    assert [v for _, v in s.items()] == [str(k) for k in sorted(keys)]  # a second read
    s.close()


def test_small_runs_give_the_bytes_of_build_graph(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction]
) -> None:
    monkeypatch.setattr(graphstream, "CHUNK", 5)  # many runs to merge
    monkeypatch.setattr(graphstream, "BLOCK", 2)
    monkeypatch.setattr(graphstream, "CACHE", 3)  # the entity index read back from its table
    g = build_graph(exs)
    sg = _stream(exs)
    assert sg.number_of_nodes() == g.number_of_nodes() > 100
    assert sg.number_of_edges() == g.number_of_edges() > 100
    assert sg.summary() == graph_summary(g)
    write_graph_json(g, tmp_path / "memory.json")
    sg.write_json(tmp_path / "streamed.json")
    assert (tmp_path / "streamed.json").read_bytes() == (tmp_path / "memory.json").read_bytes()
    write_graphml(g, tmp_path / "memory.graphml")
    write_graphml(sg.materialize(), tmp_path / "streamed.graphml")
    assert (tmp_path / "streamed.graphml").read_bytes() == (
        tmp_path / "memory.graphml"
    ).read_bytes()
    render(g, tmp_path / "memory.html")
    render_streamed(sg, tmp_path / "streamed.html")
    assert (tmp_path / "streamed.html").read_bytes() == (tmp_path / "memory.html").read_bytes()
    sg.close()


def _odd(aid: str) -> Extraction:
    a = Entity(id="Official:a", type="Official", name="A")
    rel = Relation(type="MET_WITH", source="Official:a", target="Official:ghost", evidence="e")
    return Extraction(Article(id=aid, title="", text="x", lang="en"), (a,), (rel,))


def test_the_stream_knows_what_it_cannot_order() -> None:
    # a relation to an id no entity has: networkx adds a bare node, the stream cannot
    s = GraphStream()
    s.add(_odd("x1"))
    s.finish()
    assert not s.exact
    s.close()
    s = GraphStream()  # an article id twice
    for ex in (_odd("x1"), _odd("x1")):
        s.add(Extraction(ex.article, ex.entities, ()))
    s.finish()
    assert not s.exact
    s.close()


def test_run_streamed_builds_in_memory_what_the_stream_cannot_order(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, eval_dir: Path
) -> None:
    finish = GraphStream.finish

    def inexact(self: GraphStream) -> graphstream.StreamedGraph:
        out = finish(self)
        self.exact = False
        return out

    monkeypatch.setattr(GraphStream, "finish", inexact)
    paths = [eval_dir / "dev" / "articles"]
    outcome = run_streamed(iter_articles(paths), output_sinks(tmp_path / "out"))
    assert not isinstance(outcome.graph, graphstream.StreamedGraph)  # replayed into networkx
    write_graph_json(build_graph(extract(read_articles(paths))), tmp_path / "memory.json")
    assert (tmp_path / "out" / "graph.json").read_bytes() == (tmp_path / "memory.json").read_bytes()


def test_a_big_graph_page_is_drawn_in_part_and_says_so(
    tmp_path: Path, exs: list[Extraction]
) -> None:
    sg = _stream(exs)
    line = render_streamed(sg, tmp_path / "a.html", max_nodes=30, max_edges=40)
    again = render_streamed(sg, tmp_path / "b.html", max_nodes=30, max_edges=40)
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert page == (tmp_path / "b.html").read_text(encoding="utf-8")  # deterministic
    assert line == again and line is not None
    assert f"of {sg.number_of_nodes():,} nodes" in line and "render --query" in line
    notice = re.search(r'<div id="cap-notice".*?</div>', page, re.S)
    assert notice is not None and "best-connected entities" in notice.group(0)
    assert f"of {sg.number_of_edges():,} edges" in notice.group(0)
    # the drawn part: at most 30 entities of the highest degree, no statement, <= 40 edges
    data = re.search(r'<script type="application/json" id="[^"]*">(.*?)</script>', page, re.S)
    assert data is not None
    d = json.loads(data.group(1))
    assert len(d["info"]) == 30 and sum(len(e["items"]) for e in d["edgeInfo"]) <= 40
    assert {n["type"] for n in d["info"]} <= {"Official", "Agency", "Country"}
    top = sorted(sg.entity_order, key=lambda n: (-sg.degree(n), n))[:30]
    assert sg.top_entities(30) == top
    assert {n["id"] for n in d["info"]} == set(top)
    assert d["meta"]["articles_total"] == sg.article_count
    sg.close()


def test_the_run_reports_a_page_drawn_in_part(tmp_path: Path, eval_dir: Path) -> None:
    outcome = run_streamed(
        iter_articles([eval_dir / "dev2" / "articles"]),
        output_sinks(tmp_path / "out", max_nodes=10, formats=["html"]),
    )
    html = next(r for r in outcome.results if r.name == "html")
    assert html.detail.startswith("graph.html: large graph, showing 10 of")


@pytest.mark.parametrize("by_id", [False, True])  # entities folded again, or kept by id
def test_the_loader_rows_of_a_streamed_graph_are_those_of_the_graph(
    monkeypatch: pytest.MonkeyPatch, exs: list[Extraction], by_id: bool
) -> None:
    from graphbuild.neo4j.loader import graph_rows, streamed_rows

    monkeypatch.setattr(graphstream, "CHUNK", 50)  # many runs to merge
    monkeypatch.setattr(graphstream, "CACHE", 3)
    want = graph_rows(build_graph(exs))
    sg = _stream(exs, by_id)
    assert (sg._s._by_id is not None) == by_id
    got = streamed_rows(sg)
    assert set(got) | {"_skipped"} == set(want) and want["_skipped"] == []
    for name, spool in got.items():
        assert list(spool) == want[name], name
        assert len(spool) == len(want[name])
    assert all(want[name] for name in got)  # every load file has rows here
    sg.close()


def test_an_edge_at_an_entity_its_article_does_not_name_is_a_mention_of_it() -> None:
    from graphbuild.neo4j.loader import graph_rows, streamed_rows

    a = Entity(id="Official:a", type="Official", name="A")
    b = Entity(id="Official:b", type="Official", name="B")
    art = Article(id="x1", title="", text="x", lang="en")
    rel = Relation(type="MET_WITH", source="Official:a", target="Official:b", evidence="e")
    exs = [Extraction(art, (a, b), ()), Extraction(Article("x2", "", "y", "en"), (a,), (rel,))]
    sg = _stream(exs)
    assert sg._s.exact
    got, want = streamed_rows(sg), graph_rows(build_graph(exs))
    assert [r for name, spool in got.items() for r in spool] == [
        r for name in got for r in want[name]
    ]
    assert {"entity": "Official:b", "article_id": "x2"} in list(got["mentioned_in"])
    sg.close()


def test_a_stream_kept_by_id_gives_the_rows_without_reading_its_edges_back(
    monkeypatch: pytest.MonkeyPatch, exs: list[Extraction]
) -> None:
    from graphbuild.neo4j.loader import graph_rows, streamed_rows

    monkeypatch.setattr(graphstream, "CHUNK", 50)  # the gathered values in many runs
    monkeypatch.setattr(graphstream, "CACHE", 3)  # the ends' types read back from the table
    sg = _stream(exs, by_id=True)
    gathered = sg.edge_rows()
    assert gathered is not None  # one record per group of edges the loader makes a row of
    assert 0 < gathered.groups.count + gathered.quoted.count <= sg.number_of_edges()
    kinds = {t for t, _, _ in gathered.kinds}
    assert {"MET_WITH", "MEMBER_OF", "SAID", "MENTIONS"} <= kinds

    def no_texts() -> None:
        raise AssertionError("the edges' texts were read")

    monkeypatch.setattr(sg, "edges", no_texts)
    monkeypatch.setattr(sg, "statement_nodes", no_texts)
    want = graph_rows(build_graph(exs))
    for _ in range(2):  # a second sink reads the same rows
        got = streamed_rows(sg)
        for name, spool in got.items():
            assert list(spool) == want[name], name
    sg.close()


def test_a_kind_of_edge_the_schema_refuses_is_refused_as_the_edges_texts_say() -> None:
    from graphbuild.neo4j.loader import streamed_rows

    a = Entity(id="Country:GBR", type="Country", name="United Kingdom")
    b = Entity(id="Official:b", type="Official", name="B")
    art = Article(id="x1", title="", text="x", lang="en")
    rel = Relation(type="MEMBER_OF", source="Country:GBR", target="Official:b", evidence="e")
    messages = []
    for by_id in (False, True):
        sg = _stream([Extraction(art, (a, b), (rel,))], by_id=by_id)
        with pytest.raises(InputError, match="goes from Country 'Country:GBR'") as err:
            streamed_rows(sg)
        messages.append(str(err.value))
        sg.close()
    assert messages[0] == messages[1]


def test_batches_whose_entities_are_read_at_once_give_the_same_graph(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exs: list[Extraction]
) -> None:
    from graphbuild.graphstream import prepare

    monkeypatch.setattr(graphstream, "CACHE", 7)  # prefetches that flush, ids read back
    monkeypatch.setattr(graphstream, "PREFETCH", 3)  # several queries a batch
    one, batched = GraphStream(by_id=True), GraphStream(by_id=True)
    for ex in exs:
        one.add(ex)
    for i in range(0, len(exs), 5):
        batched.add_batch(prepare(ex) for ex in exs[i : i + 5])
    a, b = one.finish(), batched.finish()
    a.write_json(tmp_path / "one.json")
    b.write_json(tmp_path / "batched.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "batched.json").read_bytes()
    assert [a.degree(n) for n in a.entity_order] == [b.degree(n) for n in b.entity_order]
    a.close()
    b.close()


def test_an_id_a_prefetch_found_absent_is_found_once_added() -> None:
    table = graphstream._EntityTable()
    table.add("Official:a", 0, "Official")
    table.flush()
    table.prefetch(["Official:a", "Official:b", "Official:a"])
    assert table.entry("Official:a") == (0, "Official") and table.entry("Official:b") is None
    table.add("Official:b", 1, "Agency")
    table.flush()  # forgets what it held: b is read from the table, not taken as absent
    assert table.entry("Official:b") == (1, "Agency") and table.rank("Official:c") is None
    table.close()


@pytest.mark.parametrize("by_id", [False, True])
def test_parallel_edges_of_an_article_make_one_row_from_the_earliest_and_the_best(
    by_id: bool,
) -> None:
    from graphbuild.neo4j.loader import graph_rows, streamed_rows

    a = Entity(id="Official:a", type="Official", name="A")
    b = Entity(id="Official:b", type="Official", name="B")
    art = Article(id="x1", title="", text="x", lang="en", published="2024-01-02")
    met = ("MET_WITH", "Official:a", "Official:b")
    rels = (
        Relation(*met, evidence="late", start=40, end=50, confidence=0.5),
        Relation(*met, evidence="early", start=3, end=9, confidence=0.6),
        Relation(*met, evidence="best", start=20, end=30, confidence=0.97),
        Relation("MET_WITH", "Official:b", "Official:a", evidence="back", confidence=0.4),
    )
    exs = [Extraction(art, (a, b), rels)]
    sg = _stream(exs, by_id)
    got, want = streamed_rows(sg), graph_rows(build_graph(exs))
    name = next(n for n in got if "met_with" in n)
    rows = list(got[name])
    assert rows == want[name] and len(rows) in (1, 2)
    met = [r for r in rows if r["source"] == "Official:a" and r["target"] == "Official:b"]
    # a symmetric relation keeps the direction first seen: four edges, "back" (start 0) first
    assert met[0]["evidence"] == "back" and met[0]["count"] == 4
    assert met[0]["confidence"] == 0.97
    sg.close()
