"""The HTML page without a browser: self-contained, escaped, capped, with a legend."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import networkx as nx
import pytest

from browser.page_graphs import (
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    HOSTILE_URL,
    LONG_QUOTE_AR,
    LONG_QUOTE_EN,
    hostile_graph,
    long_statement_graph,
    sample_graph,
    synthetic_graph,
)
from graphbuild.errors import InputError
from graphbuild.graph import write_graph_json
from graphbuild.render import (
    EDGE_STYLES,
    NODE_STYLES,
    STATEMENT_LABEL_MAX,
    build_page_data,
    graph_articles,
    page_json,
    plural,
    render,
    render_file,
    render_html,
    select_nodes,
    shorten,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def sample_html() -> str:
    return render_html(sample_graph(), title="t")


@pytest.fixture(scope="module")
def hostile_html() -> str:
    return render_html(hostile_graph(), title=HOSTILE_SCRIPT)


def data_of(page: str) -> dict:
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_page_loads_nothing_from_outside(sample_html):
    tags = re.findall(r"<(?:script|link|img|iframe|style)\b[^>]*>", sample_html, re.I)
    assert all(not re.search(r"\b(?:src|href)\s*=", t, re.I) for t in tags), tags
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", sample_html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(?:https?:)?//", sample_html, re.I)
    for lib in ("bootstrap", "tom-select", "cdnjs", "unpkg", "jsdelivr"):
        assert lib not in sample_html.lower()
    # vis-network itself is inlined
    assert "vis-network" in sample_html and "@version 9.1.2" in sample_html
    assert len(re.findall(r"^<script\b", sample_html, re.M)) == 3  # data, vis-network, page


def test_csp_allows_exactly_the_inlined_scripts(sample_html):
    csp = html.unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', sample_html).group(1)
    )
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", sample_html, re.S)
    assert len(scripts) == 2
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_data_block_is_escaped(hostile_html):
    block = DATA_BLOCK.search(hostile_html).group(1)
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in block
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in block
    data = json.loads(block)
    names = {x["name"] for x in data["info"]}
    assert HOSTILE_SCRIPT in names and HOSTILE_IMG in names
    assert "\u2028" + HOSTILE_URL + "\u2029" in names
    assert data["articles"]["evil"]["url"] == HOSTILE_URL


def test_hostile_strings_appear_only_inside_the_data_block(hostile_html):
    outside = DATA_BLOCK.sub("", hostile_html)
    for bad in (HOSTILE_SCRIPT, HOSTILE_IMG, "alert(3)", "alert(2)"):
        assert bad not in outside
    assert outside.count("alert(1)") == 2  # the page title, html-escaped, in <title> and <h1>
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in hostile_html


def test_page_json_escapes_script_breakers():
    text = page_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert text == '{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}'
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_legend_lists_every_type_with_a_filter(sample_html):
    for t in NODE_STYLES:
        assert f'id="filter-node-{t}"' in sample_html
    for t in EDGE_STYLES:
        assert f'id="filter-edge-{t}"' in sample_html
    shapes = {s["shape"] for s in NODE_STYLES.values()}
    colours = {s["color"]["background"] for s in NODE_STYLES.values()}
    assert len(shapes) == len(colours) == 4
    assert len({s["color"] for s in EDGE_STYLES.values()}) == 4
    assert '<span class="count">3</span>' in sample_html  # 3 officials


def test_unknown_types_get_a_style_and_a_legend_row():
    g = nx.MultiDiGraph()
    g.add_node("x", type="Event", name="e")
    g.add_node("y", type="Official", name="o")
    g.add_edge("x", "y", type="CAUSED", article_id="a")
    page = render_html(g)
    assert 'id="filter-node-Event"' in page and 'id="filter-edge-CAUSED"' in page
    data = data_of(page)
    assert {n["group"] for n in data["nodes"]} == {"Other", "Official"}


def test_nodes_edges_and_panel_data():
    data = build_page_data(sample_graph())
    info = {x["id"]: (i, x) for i, x in enumerate(data["info"])}
    i, bashagha = info["Official:فتحي باشاغا"]
    assert bashagha["met"] == 2 and bashagha["name_en"] == "Fathi Bashagha"
    assert "باشاغا" in bashagha["aliases"]
    assert "fathi bashagha" in bashagha["keys"] and "فتحي باشاغا" in bashagha["keys"]
    # Arabic labels carry an RTL embedding; English labels do not
    assert data["nodes"][i]["label"] == "\u202bفتحي باشاغا\u202c"
    assert bashagha["labelEn"] == "Fathi Bashagha"
    sizes = {
        x["id"]: data["nodes"][j]["size"] for x, j in ((x, j) for j, x in enumerate(data["info"]))
    }
    statement = next(k for k in sizes if k.startswith("Statement:"))
    assert sizes["Official:فتحي باشاغا"] > sizes["Official:ايمن بديع"] > sizes[statement]
    # the two MET_WITH edges (one per article) are one line with two sources
    met = [e for e in data["edgeInfo"] if e["type"] == "MET_WITH" and len(e["items"]) == 2]
    assert len(met) == 1
    assert {it["article_id"] for it in met[0]["items"]} == {"seed-ar", "wire-en"}
    assert data["meta"]["edges_shown"] == data["meta"]["edges_total"] == 9
    assert len(data["edges"]) == 8
    assert all(
        e["arrows"] == ""
        for e, x in zip(data["edges"], data["edgeInfo"], strict=True)
        if x["type"] == "MET_WITH"
    )
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["physics"]["stabilization"]["iterations"] <= 1000


def test_select_nodes_keeps_the_connected_core():
    g = synthetic_graph(3000)
    keep = select_nodes(g, 1000)
    assert len(keep) == len(set(keep)) == 1000
    assert keep == select_nodes(g, 1000)  # deterministic
    assert nx.is_connected(g.subgraph(keep).to_undirected())  # grown from one component
    deg = dict(g.degree())
    top = max(g.nodes, key=lambda n: deg[n])
    assert top in keep
    kept_mean = sum(deg[n] for n in keep) / len(keep)
    assert kept_mean > sum(deg.values()) / g.number_of_nodes()
    assert select_nodes(g, 5000) == list(g.nodes)


def test_select_nodes_takes_largest_components_first():
    g = nx.MultiDiGraph()
    nx.add_path(g, range(10))  # a chain of 10
    nx.add_path(g, range(100, 103))  # a chain of 3
    g.add_node(200)  # a lone node
    assert set(select_nodes(g, 12)) == set(range(10)) | {100, 101}
    assert len(select_nodes(g, 0)) == 0
    with pytest.raises(ValueError):
        select_nodes(g, -1)


def test_cap_notice():
    g = synthetic_graph(2000)
    page = render_html(g, max_nodes=500)
    data = data_of(page)
    meta = data["meta"]
    assert meta["capped"] and meta["nodes_shown"] == len(data["nodes"]) == 500
    assert meta["nodes_omitted"] == 1500
    assert meta["edges_shown"] + meta["edges_omitted"] == g.number_of_edges()
    notice = re.search(r'<div id="cap-notice"[^>]*>(.*?)</div>', page, re.S).group(1)
    assert "showing 500 of 2,000 nodes" in notice
    assert f"{meta['edges_omitted']:,} edges were left out" in notice
    assert 'id="cap-notice"' not in render_html(g, max_nodes=2000)


def test_big_graphs_get_cheap_settings():
    opts = build_page_data(synthetic_graph(2000), max_nodes=2000)["options"]
    assert opts["layout"]["improvedLayout"] is False
    assert opts["edges"]["smooth"] is False
    assert opts["physics"]["stabilization"]["iterations"] <= 400
    assert opts["interaction"]["hideEdgesOnDrag"] is True
    small = build_page_data(sample_graph())["options"]
    assert small["layout"]["improvedLayout"] is True


def test_physics_off_positions_come_from_python():
    data = build_page_data(synthetic_graph(300), physics=False)
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert "x" not in build_page_data(sample_graph())["nodes"][0]


def test_render_writes_the_file_and_render_file_reads_graph_json(tmp_path):
    g = sample_graph()
    out = render(g, tmp_path / "sub" / "page.html", title="x")
    assert out.exists() and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    write_graph_json(g, tmp_path / "graph.json")
    out2 = render_file(tmp_path / "graph.json", tmp_path / "page2.html", title="x", max_nodes=5)
    assert data_of(out2.read_text(encoding="utf-8"))["meta"]["nodes_shown"] == 5
    with pytest.raises(InputError):
        render_file(tmp_path / "missing.json", tmp_path / "p.html")
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    with pytest.raises(InputError):
        render_file(tmp_path / "bad.json", tmp_path / "p.html")


def test_graphml_style_list_strings_are_lists():
    g = nx.MultiDiGraph()
    g.add_node(
        "Official:x", type="Official", name="x", aliases='["y", "z"]', articles='["a1"]', merges=""
    )
    info = build_page_data(g)["info"][0]
    assert info["aliases"] == ["y", "z"] and info["articles"] == ["a1"] and "merges" not in info


def test_empty_graph_renders():
    data = data_of(render_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["options"]["physics"]["enabled"] is False


# --------------------------------------------------------------------------- labels


def test_shorten_cuts_at_a_word_boundary():
    assert shorten("short  text\n", 40) == "short text"
    text = "The United Kingdom remains committed to supporting the Libyan people"
    cut = shorten(text, 40)
    assert len(cut) <= 40 and cut.endswith("…")
    assert cut == "The United Kingdom remains committed to…"
    assert text.startswith(cut[:-1]) and text[len(cut) - 1] == " "
    # trailing punctuation before the cut goes
    assert shorten("Alpha beta, gamma delta epsilon", 14) == "Alpha beta…"
    assert shorten("Alpha beta, gamma delta epsilon", 18) == "Alpha beta, gamma…"
    assert (
        shorten("علاقاتنا مع القاهرة مهمة للغاية، ونتطلع لتوطيد علاقاتنا", 35)
        == "علاقاتنا مع القاهرة مهمة للغاية…"
    )
    # one very long word is cut inside rather than left empty
    assert shorten("x" * 100, 40) == "x" * 39 + "…"
    assert shorten("", 40) == "" and shorten(None, 40) == ""


def test_long_statements_get_short_labels_and_whole_text_in_the_panel_data():
    data = build_page_data(long_statement_graph())
    statements = [
        (n, x) for n, x in zip(data["nodes"], data["info"], strict=True) if x["type"] == "Statement"
    ]
    # whole, not graph.py's 80 characters
    assert {x["name"] for _, x in statements} == {LONG_QUOTE_EN, LONG_QUOTE_AR}
    for node, x in statements:
        label = node["label"].strip("\u202b\u202c")
        assert len(label) <= STATEMENT_LABEL_MAX and label.endswith("…")
        assert x["name"].startswith(label[:-1]) and not x["name"][len(label) - 1].isalnum()
        # link text in relations and search results
        assert len(x["short"]) <= 90 and x["short"].endswith("…")
        assert "text" not in x  # not sent twice
    names = [
        n["label"]
        for n, x in zip(data["nodes"], data["info"], strict=True)
        if x["type"] == "Official"
    ]
    assert sorted(names) == sorted(["Jeremy Hunt", "\u202bفتحي باشاغا\u202c"])  # untouched


# --------------------------------------------------------------------------- counts


def test_plural():
    assert plural(1, "article") == "1 article"
    assert plural(0, "article") == "0 articles"
    assert plural(2, "node") == "2 nodes"
    assert plural(1500, "edge") == "1,500 edges"
    assert plural(1, "more relation", "more relations") == "1 more relation"


def test_summary_and_notice_say_1_article_1_node_1_edge():
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a1": {"id": "a1", "title": "t"}}
    g.add_node("Official:a", type="Official", name="a", articles=["a1"])
    g.add_node("Official:b", type="Official", name="b", articles=["a1"])
    g.add_edge("Official:a", "Official:b", type="MET_WITH", article_id="a1")
    page = render_html(g)
    summary = re.search(r'<span id="summary">(.*?)</span>', page).group(1)
    assert summary == "2 nodes · 1 edge · 1 article"
    capped = render_html(g, max_nodes=1)
    notice = re.sub(
        r"<[^>]+>", "", re.search(r'<div id="cap-notice"[^>]*>(.*?)</div>', capped, re.S).group(1)
    )
    assert "showing 1 of 2 nodes and 0 of 1 edge." in notice
    assert "1 node and 1 edge were left out" in notice
    assert "(cap: 1 node;" in notice
    assert re.search(r'<span id="summary">1 node · 0 edges · 1 article</span>', capped)
    for page_text in (page, capped):
        outside = DATA_BLOCK.sub("", page_text)
        assert not re.search(r"(?<![\d,])1 (?:articles|nodes|edges)\b", outside)


def test_article_count_is_the_graph_articles_entry_only():
    """A Neo4j query graph: articles in graph.graph["articles"], other ids on nodes and edges."""
    g = nx.MultiDiGraph()
    g.graph["articles"] = {
        "a1": {
            "id": "a1",
            "title": "one",
            "url": None,
            "published": None,
            "lang": "ar",
            "source": None,
        },
        "a2": {
            "id": "a2",
            "title": "two",
            "url": None,
            "published": None,
            "lang": "en",
            "source": None,
        },
        "a3": {
            "id": "a3",
            "title": "three",
            "url": None,
            "published": None,
            "lang": "en",
            "source": None,
        },
    }
    g.graph["query"] = {"name": "who_met", "params": {"official": "x"}}
    g.add_node("Official:a", type="Official", name="a", articles=["a1", "b7", "b8"])
    g.add_node("Official:b", type="Official", name="b", articles=["b9"])
    g.add_edge("Official:a", "Official:b", type="MET_WITH", article_id="b10")
    data = data_of(render_html(g))
    assert data["meta"]["articles_total"] == 3 and sorted(data["articles"]) == ["a1", "a2", "a3"]
    assert "2 nodes · 1 edge · 3 articles" in render_html(g)
    g.graph["articles"] = {"a2": g.graph["articles"]["a2"]}
    assert "2 nodes · 1 edge · 1 article" in render_html(g)
    # a list of article records is read the same way; no entry means 0, whatever the nodes say
    g.graph["articles"] = [{"id": "a1", "title": "one"}, {"id": "a2"}]
    assert graph_articles(g) == {"a1": {"id": "a1", "title": "one"}, "a2": {"id": "a2"}}
    assert "· 2 articles" in render_html(g)
    del g.graph["articles"]
    assert "· 0 articles" in render_html(g)
