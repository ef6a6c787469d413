"""Every command through typer's CliRunner: --help, the happy path and each error exit."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("cmd", [[], ["extract"], ["run"], ["eval"], ["render"]])
def test_help(cmd):
    res = invoke(*cmd, "--help")
    assert res.exit_code == 0
    assert "Usage" in res.output


def test_no_args_shows_help():
    res = invoke()
    assert "extract" in res.output and "run" in res.output


def test_extract_writes_format(tmp_path, seeds_dir):
    out = tmp_path / "ex.jsonl"
    res = invoke("extract", seeds_dir, "-o", out, "--quiet")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert {"id", "lang", "title", "entities", "relations"} <= set(row)
    assert row["lang"] == "ar"
    types = {e["type"] for e in row["entities"]}
    assert types == {"Official", "Agency", "Country"}
    for e in row["entities"]:
        assert {"id", "type", "name", "aliases", "country", "title", "confidence"} <= set(e)
    ids = {e["id"] for e in row["entities"]}
    for r in row["relations"]:
        assert r["source"] in ids and (r["target"] in ids or r["target"] is None)
        assert r["evidence"] and 0 <= r["start"] < r["end"]
        if r["type"] == "SAID":
            assert r["quote"]


def test_extract_to_stdout(seeds_dir):
    res = invoke("extract", seeds_dir, "--quiet")
    assert res.exit_code == 0
    assert json.loads(res.stdout.splitlines()[0])["id"] == "000_ec7758134357b2f5"


def test_extract_min_confidence_drops_low_scores(seeds_dir, tmp_path):
    res = invoke("extract", seeds_dir, "--quiet", "--min-confidence", "0.99")
    row = json.loads(res.stdout.splitlines()[0])
    assert all(e["confidence"] >= 0.99 for e in row["entities"])
    assert all(r["confidence"] >= 0.99 for r in row["relations"])


def test_run_writes_three_outputs_by_default(tmp_path, seeds_dir):
    out = tmp_path / "out"
    res = invoke("run", seeds_dir, "--out", out)
    assert res.exit_code == 0, res.output
    for name in ("extractions.jsonl", "graph.json", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert not (out / "graph.graphml").exists()  # GraphML is asked for with --formats
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert any(n["type"] == "Official" for n in graph["nodes"])
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert 'src="http' not in html and 'href="http' not in html


def test_run_formats_choose_the_files(tmp_path, seeds_dir):
    out = tmp_path / "out"
    res = invoke("run", seeds_dir, "--out", out, "-q", "--formats", "graphml,json")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == [".graphbuild", "graph.graphml", "graph.json"]
    res = invoke("run", seeds_dir, "--out", tmp_path / "bad", "-q", "--formats", "json,svg")
    assert res.exit_code == 2 and "svg" in res.output
    assert not (tmp_path / "bad").exists()


def test_run_reports_bad_files_and_keeps_going(tmp_path, seeds_dir):
    arts = tmp_path / "arts"
    arts.mkdir()
    (arts / "empty.txt").write_bytes(b"")
    (arts / "latin1.txt").write_bytes("Title\ncafé".encode("latin-1"))
    (arts / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (arts / "bad.jsonl").write_text(
        '{"id": "j1", "text": "Foreign Minister Karim Haddad said the talks went well."}\n'
        "not json\n",
        encoding="utf-8",
    )
    (arts / "ok.txt").write_text(
        (seeds_dir / "000_ec7758134357b2f5.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    out = tmp_path / "out"
    res = invoke("run", arts, tmp_path / "missing.txt", "--out", out, "--quiet")
    assert res.exit_code == 1
    err = res.stderr
    for needle in (
        "empty.txt: empty file",
        "latin1.txt:2: not valid UTF-8",
        "binary.txt: binary file",
        "bad.jsonl:2: malformed JSON",
        "missing.txt: no such file",
    ):
        assert needle in err, err
    assert "Traceback" not in res.output + err
    rows = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert {json.loads(r)["id"] for r in rows} == {"j1", "ok"}


def test_run_with_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    res = invoke("run", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert res.exit_code == 2
    assert "no readable articles" in res.stderr
    assert not (tmp_path / "out").exists()


def test_run_unwritable_output_is_one_line(tmp_path, seeds_dir):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = invoke("run", seeds_dir, "--out", blocker / "sub", "--quiet")
    assert res.exit_code == 2
    assert "cannot write" in res.stderr and "Traceback" not in res.stderr


def test_failed_rewrite_keeps_previous_outputs(tmp_path, seeds_dir):
    out = tmp_path / "out"
    assert invoke("run", seeds_dir, "--out", out, "--quiet").exit_code == 0
    before = (out / "graph.json").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    res = invoke("run", tmp_path / "empty.txt", "--out", out, "--quiet")
    assert res.exit_code == 2
    assert (out / "graph.json").read_bytes() == before


def test_eval_table_and_json(dev_dir):
    gold = dev_dir / "gold" / "seed-libya-egypt.json"
    res = invoke("eval", gold, dev_dir / "articles" / "seed-libya-egypt.txt", "--quiet")
    assert res.exit_code == 0, res.output
    assert "MET_WITH" in res.stdout and "entities" in res.stdout
    res = invoke("eval", gold, dev_dir / "articles" / "seed-libya-egypt.txt", "--json", "--quiet")
    data = json.loads(res.stdout)
    # issue 2's bar on the seed: entity F1 >= 0.90, relation F1 >= 0.80
    assert data["languages"]["ar"]["entities"]["f1"] >= 0.9
    assert data["languages"]["ar"]["relations"]["f1"] >= 0.8


def test_eval_accepts_extraction_file(dev_dir, tmp_path):
    ex = tmp_path / "ex.jsonl"
    assert invoke("extract", dev_dir / "articles", "-o", ex, "--quiet").exit_code == 0
    res = invoke("eval", dev_dir / "gold", ex, "--json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["languages"]["all"]["relations"]["f1"] > 0.5


def test_eval_bad_gold_exits_2(tmp_path, dev_dir):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text("{not json", encoding="utf-8")
    res = invoke("eval", gold, dev_dir / "articles")
    assert res.exit_code == 2
    assert "x.json" in res.stderr and "Traceback" not in res.stderr


def test_render_from_graph_json(tmp_path, seeds_dir):
    out = tmp_path / "out"
    invoke("run", seeds_dir, "--out", out, "--quiet")
    page = tmp_path / "page.html"
    res = invoke("render", out / "graph.json", "-o", page)
    assert res.exit_code == 0, res.output
    assert "باشاغا" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("content", [b"", b'{"nodes": 3}', b"\xff\xfe"])
def test_render_bad_graph_exits_2(tmp_path, content):
    bad = tmp_path / "graph.json"
    bad.write_bytes(content)
    res = invoke("render", bad, "-o", tmp_path / "p.html")
    assert res.exit_code == 2
    assert "graph.json" in res.stderr and "Traceback" not in res.stderr


def test_render_needs_exactly_one_source(tmp_path):
    res = invoke("render", "-o", tmp_path / "p.html")
    assert res.exit_code == 2


def test_python_dash_m(seeds_dir):
    import subprocess
    import sys

    res = subprocess.run(
        [sys.executable, "-m", "graphbuild", "--help"], capture_output=True, text=True
    )
    assert res.returncode == 0 and "extract" in res.stdout


def test_outputs_are_ordinary_files(tmp_path, seeds_dir):
    import os
    import stat

    out = tmp_path / "out"
    invoke("run", seeds_dir, "--out", out, "--quiet")
    umask = os.umask(0)
    os.umask(umask)
    mode = stat.S_IMODE((out / "extractions.jsonl").stat().st_mode)
    assert mode == 0o666 & ~umask


@pytest.mark.parametrize(
    "cmd",
    [
        ["neo4j"],
        ["neo4j", "start"],
        ["neo4j", "stop"],
        ["neo4j", "status"],
        ["load"],
        ["schema"],
        ["query"],
    ],
)
def test_help_of_neo4j_commands(cmd):
    res = invoke(*cmd, "--help")
    assert res.exit_code == 0 and "Usage" in res.output
    assert "--password" not in res.output  # the password is never an option


def test_every_output_is_ordinary_and_no_temp_is_left(tmp_path, seeds_dir):
    import os
    import stat

    out = tmp_path / "out"
    all_formats = "extractions,json,graphml,html"
    assert (
        invoke("run", seeds_dir, "--out", out, "--quiet", "--formats", all_formats).exit_code == 0
    )
    umask = os.umask(0)
    os.umask(umask)
    for name in ("extractions.jsonl", "graph.json", "graph.graphml", "graph.html"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~umask, name
    assert sorted(p.name for p in out.iterdir()) == [
        ".graphbuild",  # the lock, `current` and the one version the four files link into
        "extractions.jsonl",
        "graph.graphml",
        "graph.html",
        "graph.json",
    ]
    state = out / ".graphbuild"
    version = os.readlink(state / "current")
    assert sorted(p.name for p in state.iterdir()) == sorted(["current", "lock", version])
    assert sorted(p.name for p in (state / version).iterdir()) == [
        "extractions.jsonl",
        "graph.graphml",
        "graph.html",
        "graph.json",
    ]


def test_run_refuses_a_symlinked_output(tmp_path, seeds_dir):
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere.html"
    elsewhere.write_text("not ours")
    (out / "graph.html").symlink_to(elsewhere)
    res = invoke("run", seeds_dir, "--out", out, "--quiet")
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "graph.html" in lines[0] and "symbolic link" in lines[0], res.stderr
    assert (out / "graph.html").is_symlink() and elsewhere.read_text() == "not ours"


def test_run_reports_each_output_then_the_load(tmp_path, seeds_dir, monkeypatch):
    import graphbuild.neo4j.loader as loader
    from graphbuild.neo4j.loader import LoadSummary

    loads = []
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    monkeypatch.setattr(
        loader,
        "load_graph",
        lambda g, settings, **kw: loads.append(settings) or LoadSummary(nodes_created=1),
    )
    out = tmp_path / "out"
    res = invoke(
        "run",
        seeds_dir,
        "--out",
        out,
        "--neo4j",
        "--uri",
        "bolt://127.0.0.1:7999",
        "--database",
        "news",
        "--formats",
        "extractions,json,graphml,html",
    )
    assert res.exit_code == 0, res.output
    lines = res.stderr.strip().splitlines()
    names = ["extractions.jsonl", "graph.json", "graph.graphml", "graph.html"]
    assert [line.strip() for line in lines[1:5]] == [str(out / n) for n in names]
    assert lines[5].startswith("loaded into bolt://127.0.0.1:7999 (news): ")
    assert [(s.uri, s.database, s.password) for s in loads] == [
        ("bolt://127.0.0.1:7999", "news", "pw-pw-pw-pw")
    ]
    assert "pw-pw-pw-pw" not in res.output + res.stderr


def test_run_neo4j_asks_for_the_password_before_the_work(tmp_path, seeds_dir):
    """No NEO4J_PASSWORD and no terminal: exit 7 at once, before extracting or writing anything."""
    out = tmp_path / "out"
    res = invoke(
        "run", seeds_dir, "--out", out, "--neo4j", "--uri", "bolt://127.0.0.1:7999", "--quiet"
    )
    assert res.exit_code == 7, res.output
    assert "NEO4J_PASSWORD" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_render_query_takes_the_queries_folder_from_the_environment(tmp_path, monkeypatch):
    """GRAPHBUILD_QUERIES_DIR is read by the CLI (the library reads no environment)
    and reaches render --query."""
    (tmp_path / "mine.cypher").write_text(
        "// description: mine\nMATCH (n) RETURN n LIMIT 1;\n", encoding="utf-8"
    )
    args = ("render", "--query", "mine", "-o", tmp_path / "p.html", "--uri", "bolt://127.0.0.1:1")
    res = invoke(*args)
    assert res.exit_code == 2 and "mine" in res.stderr  # the packaged folder has no such query
    monkeypatch.setenv("GRAPHBUILD_QUERIES_DIR", str(tmp_path))
    res = invoke(*args)
    assert res.exit_code == 7, res.output  # found: next it needs the password (none, no terminal)


def test_render_over_a_run_output_link_is_refused_as_bad_output_exit_2(tmp_path, seeds_dir):
    out = tmp_path / "out"
    assert invoke("run", seeds_dir, "--out", out, "--quiet").exit_code == 0
    before = (out / "graph.html").read_bytes()
    res = invoke("render", out / "graph.json", "-o", out / "graph.html", "--quiet")
    assert res.exit_code == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "graph.html" in lines[0] and "output set" in lines[0]
    assert (out / "graph.html").read_bytes() == before
