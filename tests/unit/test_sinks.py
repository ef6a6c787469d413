"""Sinks: every output behind one interface (add batches,
close with the graph, abort on failure)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sample_data import sample_extractions

from graphbuild.errors import InputError
from graphbuild.graph import build_graph, write_graph_json, write_graphml
from graphbuild.neo4j.loader import LoadSummary, Neo4jSettings
from graphbuild.pipeline import write_extractions, write_outputs
from graphbuild.sinks import (
    OUTPUT_FILES,
    ExtractionsFile,
    GraphJsonFile,
    GraphMLFile,
    Neo4jSink,
    PageFile,
    Sink,
    SinkResult,
    extraction_line,
    output_sinks,
    run_sinks,
)


@pytest.fixture(scope="module")
def exs():
    return sample_extractions()


@pytest.fixture(scope="module")
def graph(exs):
    return build_graph(exs)


def temps(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


class Recorder:
    """A sink of one's own: records what it is given."""

    def __init__(self, name: str, log: list, fail_on: str | None = None) -> None:
        self.name, self.log, self.fail_on = name, log, fail_on

    def add(self, extractions):
        self.log.append((self.name, "add", [e.article.id for e in extractions]))
        if self.fail_on == "add":
            raise RuntimeError(f"{self.name} cannot add")

    def close(self, graph):
        self.log.append((self.name, "close", graph.number_of_nodes()))
        if self.fail_on == "close":
            raise RuntimeError(f"{self.name} cannot close")
        return SinkResult(self.name, "memory")

    def abort(self):
        self.log.append((self.name, "abort"))


def test_every_sink_has_the_one_interface(tmp_path):
    for sink in [*output_sinks(tmp_path, neo4j=Neo4jSettings()), Recorder("mine", [])]:
        assert isinstance(sink, Sink), sink
        assert sink.name


def test_the_run_sinks_are_the_four_files_then_neo4j(tmp_path):
    sinks = output_sinks(tmp_path / "out", title="t", max_nodes=7)
    assert [s.name for s in sinks] == ["extractions", "json", "graphml", "html", "outputs"]
    files, publish = sinks[:4], sinks[4]
    assert [type(s) for s in files] == [ExtractionsFile, GraphJsonFile, GraphMLFile, PageFile]
    assert [s.path for s in files] == [tmp_path / "out" / OUTPUT_FILES[s.name] for s in files]
    assert (sinks[3].title, sinks[3].max_nodes) == ("t", 7)
    assert all(s.output is publish.output for s in files)  # one set, published last
    settings = Neo4jSettings(uri="bolt://h:1", password="pw-pw-pw-pw")
    with_neo = output_sinks(tmp_path, neo4j=settings, batch_size=9, quiet=True)
    assert [s.name for s in with_neo][-1] == "neo4j"
    neo = with_neo[-1]
    assert (
        isinstance(neo, Neo4jSink)
        and neo.settings is settings
        and (neo.batch_size, neo.quiet) == (9, True)
    )


def test_the_loop_adds_every_batch_then_closes_in_order(graph, exs):
    log: list = []
    seen: list[str] = []
    sinks = [Recorder("a", log), Recorder("b", log)]
    results = run_sinks(sinks, [exs[:1], exs[1:]], graph, on_result=lambda r: seen.append(r.name))
    ids = [e.article.id for e in exs]
    assert log == [
        ("a", "add", ids[:1]),
        ("b", "add", ids[:1]),
        ("a", "add", ids[1:]),
        ("b", "add", ids[1:]),
        ("a", "close", graph.number_of_nodes()),
        ("b", "close", graph.number_of_nodes()),
    ]
    assert [r.name for r in results] == ["a", "b"] == seen


def test_batches_may_stream_and_the_graph_may_come_last(graph, exs):
    log: list = []
    order: list[str] = []

    def batches():
        for ex in exs:
            order.append(f"extract {ex.article.id}")
            yield (e for e in [ex])  # even a one-shot iterable reaches every sink

    def make_graph():
        order.append("graph")
        return graph

    run_sinks([Recorder("a", log), Recorder("b", log)], batches(), make_graph)
    assert order == [f"extract {e.article.id}" for e in exs] + ["graph"]
    assert [entry[2] for entry in log if entry[1] == "add"] == [
        [e.article.id] for e in exs for _ in "ab"
    ]


def test_a_failing_sink_stops_the_run_and_aborts_the_rest(graph, exs):
    log: list = []
    sinks = [Recorder("a", log), Recorder("b", log, fail_on="close"), Recorder("c", log)]
    done: list[str] = []
    with pytest.raises(RuntimeError, match="b cannot close"):
        run_sinks(sinks, [exs], graph, on_result=lambda r: done.append(r.name))
    assert done == ["a"]
    assert ("a", "abort") not in log  # closed: its output stands
    assert ("b", "abort") in log and ("c", "abort") in log
    assert not any(e[:2] == ("c", "close") for e in log)


def test_a_failure_while_adding_aborts_every_sink(graph, exs):
    log: list = []
    with pytest.raises(RuntimeError, match="b cannot add"):
        run_sinks([Recorder("a", log), Recorder("b", log, fail_on="add")], [exs], graph)
    assert {e for e in log if e[1] == "abort"} == {("a", "abort"), ("b", "abort")}
    assert not any(e[1] == "close" for e in log)


def test_the_extractions_file_streams_batches_into_one_atomic_write(tmp_path, graph, exs):
    target = tmp_path / "extractions.jsonl"
    target.write_text("previous\n")
    sink = ExtractionsFile(target)
    sink.add(exs[:1])
    sink.add(())
    assert target.read_text() == "previous\n"  # nothing visible before close
    assert len(temps(tmp_path)) == 1
    sink.add(exs[1:])
    result = sink.close(graph)
    assert result == SinkResult("extractions", str(target), target)
    write_extractions(exs, tmp_path / "all-at-once.jsonl")
    assert target.read_bytes() == (tmp_path / "all-at-once.jsonl").read_bytes()
    assert target.read_text(encoding="utf-8").splitlines() == [extraction_line(e) for e in exs]
    assert temps(tmp_path) == []


def test_no_batch_at_all_is_an_empty_extractions_file(tmp_path, graph):
    sink = ExtractionsFile(tmp_path / "x.jsonl")
    sink.close(graph)
    assert (tmp_path / "x.jsonl").read_bytes() == b""


def test_an_aborted_run_keeps_every_previous_output(tmp_path, graph, exs):
    out = tmp_path / "out"
    write_outputs(exs, graph, out)
    before = {name: (out / name).read_bytes() for name in OUTPUT_FILES.values()}

    def batches():
        yield exs[:1]
        raise KeyboardInterrupt  # Ctrl-C half way through the articles

    with pytest.raises(KeyboardInterrupt):
        run_sinks(output_sinks(out), batches(), graph)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES.values()} == before
    assert temps(out) == []


def test_write_outputs_is_the_file_sinks(tmp_path, graph, exs):
    paths = write_outputs(exs, graph, tmp_path / "out", title="sample")
    assert paths == {name: tmp_path / "out" / f for name, f in OUTPUT_FILES.items()}
    write_graph_json(graph, tmp_path / "g.json")
    write_graphml(graph, tmp_path / "g.graphml")
    assert paths["json"].read_bytes() == (tmp_path / "g.json").read_bytes()
    assert paths["graphml"].read_bytes() == (tmp_path / "g.graphml").read_bytes()
    assert "<title>sample</title>" in paths["html"].read_text(encoding="utf-8")
    assert [json.loads(line)["id"] for line in paths["extractions"].read_text().splitlines()] == [
        e.article.id for e in exs
    ]
    assert temps(tmp_path / "out") == []


def test_an_unwritable_file_is_an_input_error_naming_it(tmp_path, graph, exs):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot write") as info:
        write_outputs(exs, graph, blocker / "out")
    assert str(blocker / "out") in str(info.value)
    assert info.value.exit_code == 2


@pytest.mark.parametrize("name", list(OUTPUT_FILES.values()))
def test_a_symlinked_output_is_refused_and_left_alone(tmp_path, graph, exs, name):
    out = tmp_path / "out"
    out.mkdir()
    real = tmp_path / "elsewhere"
    real.write_text("not ours")
    (out / name).symlink_to(real)
    with pytest.raises(InputError, match="symbolic link") as info:
        write_outputs(exs, graph, out)
    assert str(out / name) in str(info.value)
    assert (out / name).is_symlink() and real.read_text() == "not ours"
    assert temps(out) == []


def test_the_neo4j_sink_loads_the_graph_on_close(monkeypatch, graph, exs):
    from graphbuild.neo4j import loader

    calls = []

    def fake_load(g, settings, **kw):
        calls.append((g, settings, kw))
        return LoadSummary(nodes_created=2)

    monkeypatch.setattr(loader, "load_graph", fake_load)
    settings = Neo4jSettings(uri="bolt://h:1", database="news", password="pw-pw-pw-pw")
    sink = Neo4jSink(settings, batch_size=7, quiet=True)
    sink.add(exs)
    assert calls == []  # the corpus graph is loaded, once, at the end
    result = sink.close(graph)
    assert calls == [(graph, settings, {"driver": None, "batch_size": 7, "quiet": True})]
    assert result.name == "neo4j" and result.target == "bolt://h:1 (news)" and result.path is None
    assert result.detail == LoadSummary(nodes_created=2)
    assert "pw-pw-pw-pw" not in repr(result) + repr(sink.settings)


def test_files_come_before_neo4j_so_a_failed_load_keeps_them(monkeypatch, tmp_path, graph, exs):
    from graphbuild.errors import Neo4jUnavailable
    from graphbuild.neo4j import loader

    def down(g, settings, **kw):
        raise Neo4jUnavailable("cannot reach Neo4j")

    monkeypatch.setattr(loader, "load_graph", down)
    written: list[str] = []
    with pytest.raises(Neo4jUnavailable):
        run_sinks(
            output_sinks(tmp_path, neo4j=Neo4jSettings()),
            [exs],
            graph,
            on_result=lambda r: written.append(r.name),
        )
    assert written == ["extractions", "json", "graphml", "html", "outputs"]
    assert all((tmp_path / f).stat().st_size > 0 for f in OUTPUT_FILES.values())


def test_the_public_api_offers_the_sinks():
    import graphbuild

    for name in ("Sink", "SinkResult", "output_sinks", "run_sinks", "write_outputs"):
        assert name in graphbuild.__all__
    assert all(hasattr(graphbuild, name) for name in graphbuild.__all__)
