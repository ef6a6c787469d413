"""Hostile data on the way out (issue 12): a graph.json that is no graph, control characters in
GraphML, stdout that cannot be written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.graph import write_graphml


@pytest.mark.parametrize("content", ["[]", "null", "[" * 5000 + "]" * 5000, '{"nodes": 3}'])
def test_render_of_a_json_that_is_no_graph_is_one_line_exit_2(tmp_path, content):
    p = tmp_path / "graph.json"
    p.write_text(content, encoding="utf-8")
    res = CliRunner().invoke(app, ["render", str(p), "-o", str(tmp_path / "g.html")])
    assert res.exit_code == 2, res.output
    assert "not a graph.json file" in res.stderr
    assert "Traceback" not in res.stderr and res.exception is None or res.exit_code == 2


def test_graphml_is_valid_xml_whatever_the_text_holds(tmp_path):
    g = nx.MultiDiGraph()
    nasty = "a\x00b\x01c\x0bd\x1fe\ud800f\ufffeg\ttab\nline"
    g.add_node("Official:x", type="Official", name=nasty, aliases=[nasty])
    g.add_edge("Official:x", "Official:x", key="k", type="MET_WITH", evidence=nasty)
    out = tmp_path / "g.graphml"
    write_graphml(g, out)
    root = etree.parse(str(out)).getroot()  # lxml refuses invalid XML
    texts = [d.text or "" for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")]
    assert any("tab" in t and "\n" in t for t in texts)


def test_stdout_on_a_full_disk_is_one_line_not_a_traceback(tmp_path):
    art = tmp_path / "a.jsonl"
    art.write_text(
        json.dumps({"id": "a", "text": "Foreign Minister Ali Hamdan met the envoy.", "lang": "en"})
        + "\n",
        encoding="utf-8",
    )
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "graphbuild", "extract", str(art), "-q"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
            check=False,
        )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0 and "error" in proc.stderr
