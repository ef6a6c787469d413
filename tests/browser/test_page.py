"""The rendered page in a real (offline) chromium: search, panel, filters, XSS, size, fit.

Nothing here writes into the repository: pages and pictures go to pytest's
``tmp_path`` (docs/page.png is written by ``scripts/screenshot`` only).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.render import plural, render, search_key

from .page_graphs import (
    HOSTILE_IMG,
    HOSTILE_SCRIPT,
    HOSTILE_URL,
    LONG_QUOTE_AR,
    LONG_QUOTE_EN,
    corpus_graph,
    hostile_graph,
    long_statement_graph,
    sample_graph,
    synthetic_graph,
)

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
BASHAGHA = "Official:فتحي باشاغا"
DELEGATION = "Agency:الوفد المصري@EGY"


@pytest.fixture(scope="module")
def corpus() -> nx.MultiDiGraph:
    """seeds/ + eval/dev/articles/, the graph scripts/screenshot draws."""
    return corpus_graph()


# Where every node is, in CSS pixels of the canvas, after one more drawing
# (vis-network measures labels when it draws them). Labels are checked too
# when the zoom is large enough for vis-network to draw them.
VIEW_JS = """() => new Promise(resolve => requestAnimationFrame(() => {
  const n = window.graphbuild.network, c = document.querySelector('#network canvas');
  const W = c.clientWidth, H = c.clientHeight, scale = n.getScale();
  n.redraw();
  const pos = n.getPositions(), out = [], boxesOut = [];
  const labels = 14 * scale >= 4;
  let margin = Infinity;
  for (const id in pos) {
    const d = n.canvasToDOM(pos[id]);
    margin = Math.min(margin, d.x, d.y, W - d.x, H - d.y);
    if (!(d.x >= 0 && d.x <= W && d.y >= 0 && d.y <= H))
      out.push([id, Math.round(d.x), Math.round(d.y)]);
    if (labels) {
      const b = n.getBoundingBox(id);
      const tl = n.canvasToDOM({x: b.left, y: b.top});
      const br = n.canvasToDOM({x: b.right, y: b.bottom});
      if (tl.x < -1 || tl.y < -1 || br.x > W + 1 || br.y > H + 1)
        boxesOut.push([id, Math.round(tl.x), Math.round(tl.y), Math.round(br.x), Math.round(br.y)]);
    }
  }
  resolve({W, H, scale, labels, margin, out, boxesOut, count: Object.keys(pos).length});
}))"""


def assert_all_in_view(loaded, expected_nodes: int) -> dict:
    """Every node (and every drawn label) lies inside the canvas, with some padding."""
    view = loaded.page.evaluate(VIEW_JS)
    assert view["count"] == expected_nodes
    assert view["W"] > 100 and view["H"] > 100
    assert not view["out"], f"nodes outside the {view['W']}x{view['H']} canvas: {view['out'][:10]}"
    assert not view["boxesOut"], f"nodes or labels cut at the edges: {view['boxesOut'][:10]}"
    assert view["margin"] >= 15, f"nodes touch the edge (closest {view['margin']:.1f} px)"
    return view


@pytest.fixture
def sample_page(tmp_path, open_page):
    loaded = open_page(render(sample_graph(), tmp_path / "sample.html", title="Libya–Egypt"))
    loaded.wait_ready(30)
    return loaded


def js(loaded, expr, arg=None):
    return loaded.page.evaluate(expr, arg)


def test_sample_page_is_clean_offline(sample_page):
    sample_page.assert_clean()
    assert sample_page.requests and all(u.startswith("file:") for u in sample_page.requests)
    page = sample_page.page
    assert page.title() == "Libya–Egypt"
    assert page.locator("#network canvas").count() == 1
    assert page.is_visible("#legend-nodes") and page.is_visible("#legend-edges")
    assert js(sample_page, "window.graphbuild.nodes.length") == 8
    # physics stabilised, then switched off
    assert js(sample_page, "window.graphbuild.network.physics.physicsEnabled") is False
    assert page.locator("#cap-notice").count() == 0


@pytest.mark.parametrize("query", ["فتحى باشاغا", "فَتْحِي باشاغـــا", "باشاغا", "fathi BASHAGHA"])
def test_search_finds_a_node_by_any_spelling_and_opens_the_panel(sample_page, query):
    page = sample_page.page
    page.fill("#search", query)
    assert page.is_visible("#search-results")
    assert "فتحي باشاغا" in page.inner_text("#search-results")
    page.press("#search", "Enter")
    want = js(sample_page, "gid => window.graphbuild.index(gid)", BASHAGHA)
    assert js(sample_page, "window.graphbuild.network.getSelectedNodes()") == [want]
    text = sample_page.panel_text()
    assert "فتحي باشاغا" in text and "Fathi Bashagha" in text
    assert "وزير الداخلية" in text  # title
    assert "علاقاتنا مع القاهرة مهمة للغاية" in text  # the quote
    assert "Libya's interior minister Fathi Bashagha met" in text  # English evidence
    assert "2020-12-27" in text  # article date
    links = page.eval_on_selector_all("#panel a", "as => as.map(a => a.href)")
    assert "https://example.org/ar/bashagha-egypt" in links
    sample_page.assert_clean()


def test_search_result_list_click_and_alef_variant(sample_page):
    page = sample_page.page
    page.fill("#search", "احمد معيتيق")  # written أحمد in the graph
    page.click("#search-results li button >> nth=0")
    assert "أحمد معيتيق" in sample_page.panel_text()
    assert page.is_hidden("#search-results")


def test_clicking_a_node_on_the_canvas_opens_its_panel(sample_page):
    page = sample_page.page
    idx = js(sample_page, "gid => window.graphbuild.index(gid)", DELEGATION)
    box = page.locator("#network").bounding_box()
    pos = js(
        sample_page,
        "i => { const n = window.graphbuild.network;"
        " return n.canvasToDOM(n.getPositions([i])[i]); }",
        idx,
    )
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    text = sample_page.panel_text()
    assert "الوفد المصري" in text and "delegation" in text
    assert "MET_WITH" in text and "MEMBER_OF" in text
    sample_page.assert_clean()


def test_edge_panel_lists_every_article(sample_page):
    j = js(
        sample_page,
        """() => { const g = window.graphbuild; const a = g.index(%r), b = g.index(%r);
             return g.edges.get().find(
               e => (e.from === a && e.to === b) || (e.from === b && e.to === a)).id; }"""
        % (BASHAGHA, DELEGATION),
    )
    js(sample_page, "j => window.graphbuild.showEdge(j)", j)
    text = sample_page.panel_text()
    assert "MET_WITH" in text and "sources (2)" in text.lower()
    assert "Libya's interior minister meets Egyptian security delegation" in text
    assert "وصف وزير الداخلية الليبي" in text


def test_english_toggle_switches_labels(sample_page):
    page = sample_page.page
    idx = js(sample_page, "gid => window.graphbuild.index(gid)", BASHAGHA)
    label = "i => window.graphbuild.nodes.get(i).label"
    assert "فتحي باشاغا" in js(sample_page, label, idx)
    page.check("#toggle-english")
    assert js(sample_page, label, idx) == "Fathi Bashagha"
    page.uncheck("#toggle-english")
    assert "فتحي باشاغا" in js(sample_page, label, idx)


def test_filters_hide_and_show_types(sample_page):
    page = sample_page.page
    hidden = "window.graphbuild.hidden()"
    assert js(sample_page, hidden) == {"nodes": 0, "edges": 0}
    page.uncheck("#filter-node-Statement")
    # the statement and its SAID and MENTIONS lines go
    assert js(sample_page, hidden) == {"nodes": 1, "edges": 2}
    page.uncheck("#filter-edge-MET_WITH")
    assert js(sample_page, hidden) == {"nodes": 1, "edges": 4}
    page.check("#filter-node-Statement")
    page.check("#filter-edge-MET_WITH")
    assert js(sample_page, hidden) == {"nodes": 0, "edges": 0}
    # searching for a node of a hidden type shows the type again
    page.uncheck("#filter-node-Official")
    page.fill("#search", "باشاغا")
    page.press("#search", "Enter")
    assert page.is_checked("#filter-node-Official")
    sample_page.assert_clean()


def test_js_normaliser_matches_python(sample_page):
    samples = [
        "أحمد",
        "إبراهيم",
        "آمنة",
        "ٱلله",
        "مستشفى",
        "مؤتمر",
        "رئيس",
        "مُحَمَّد",
        "وزيـــر",
        "مؤكدًا",
        "«باشاغا»:",
        "Fathi  BASHAGHA",
        "Égypte",
        "الوفد الأمني المصري",
        "لجنة 5+5",
        "ﻻ",
        "ی ک",
        "U.S.-Libya",
    ]
    got = js(sample_page, "xs => xs.map(x => window.graphbuild.normalize(x))", samples)
    assert got == [search_key(s) for s in samples]


def test_hostile_strings_stay_text(tmp_path, open_page):
    loaded = open_page(render(hostile_graph(), tmp_path / "hostile.html", title=HOSTILE_SCRIPT))
    loaded.wait_ready(30)
    page = loaded.page
    assert page.title() == HOSTILE_SCRIPT
    assert page.inner_text("#page-title") == HOSTILE_SCRIPT
    for gid in ("Official:" + HOSTILE_SCRIPT, "Agency:" + HOSTILE_IMG, "Country:XSS"):
        js(loaded, "gid => window.graphbuild.pick(window.graphbuild.index(gid))", gid)
        text = loaded.panel_text()
        if gid.startswith("Official"):
            assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text  # name, alias, title, quote
            assert HOSTILE_URL in text  # the javascript: url, shown as text
        elif gid.startswith("Agency"):
            assert HOSTILE_IMG in text and "</script><script>alert(3)</script>" in text
        else:
            assert HOSTILE_URL in text
    page.fill("#search", "<img src")
    assert HOSTILE_IMG in page.inner_text("#search-results")
    # nothing was injected or executed
    assert page.locator("img").count() == 0
    assert page.locator("b").count() == 0
    assert page.locator("script").count() == 3  # data block, vis-network, page script
    assert (
        page.eval_on_selector_all(
            "a", "as => as.map(a => a.href).filter(h => !/^https?:/i.test(h))"
        )
        == []
    )
    assert (
        page.eval_on_selector_all(
            "#panel *",
            "els => els.filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length",
        )
        == 0
    )
    loaded.assert_clean()  # includes: no dialog fired


def test_english_toggle_disabled_without_english(tmp_path, open_page):
    g = synthetic_graph(40)
    for _, d in g.nodes(data=True):
        d["name_en"] = None
    loaded = open_page(render(g, tmp_path / "ar.html"))
    loaded.wait_ready(30)
    assert loaded.page.is_disabled("#toggle-english")
    loaded.assert_clean()


def test_physics_off_page(tmp_path, open_page):
    loaded = open_page(render(sample_graph(), tmp_path / "nophys.html", physics=False))
    loaded.wait_ready(30)
    assert js(loaded, "window.graphbuild.network.physics.physicsEnabled") is False
    loaded.assert_clean()


def test_empty_graph(tmp_path, open_page):
    import networkx as nx

    loaded = open_page(render(nx.MultiDiGraph(), tmp_path / "empty.html"))
    loaded.wait_ready(30)
    loaded.assert_clean()


def test_5000_nodes_stabilise_and_stay_usable(tmp_path, open_page):
    g = synthetic_graph(5000)
    t = time.perf_counter()
    path = render(g, tmp_path / "big.html", max_nodes=5000)
    build_s = time.perf_counter() - t
    loaded = open_page(path)
    ms = loaded.wait_ready(120)
    print(
        f"\n5000 nodes: build {build_s:.1f}s, {path.stat().st_size / 1e6:.1f} MB,"
        f" stabilised in {ms / 1000:.1f}s"
    )
    assert js(loaded, "window.graphbuild.nodes.length") == 5000
    assert js(loaded, "window.graphbuild.network.physics.physicsEnabled") is False
    page = loaded.page
    assert page.locator("#cap-notice").count() == 0
    assert_all_in_view(loaded, 5000)
    # still responsive: search + focus + panel, and a filter round trip
    t = time.perf_counter()
    page.fill("#search", "المسؤول 1234")
    page.press("#search", "Enter")
    assert "المسؤول 1234" in loaded.panel_text()
    page.uncheck("#filter-node-Statement")
    assert js(loaded, "window.graphbuild.hidden().nodes") == 833
    page.check("#filter-node-Statement")
    assert time.perf_counter() - t < 10
    loaded.assert_clean()


def test_cap_notice_above_max_nodes(tmp_path, open_page):
    g = synthetic_graph(3000)
    loaded = open_page(render(g, tmp_path / "capped.html", max_nodes=1000))
    loaded.wait_ready(90)
    notice = loaded.page.inner_text("#cap-notice")
    assert "showing 1,000 of 3,000 nodes" in notice
    assert "2,000 nodes" in notice and "left out" in notice
    assert loaded.page.is_visible("#cap-notice")
    assert js(loaded, "window.graphbuild.nodes.length") == 1000
    assert js(loaded, "window.graphbuild.meta.nodes_omitted") == 2000
    loaded.assert_clean()


# ------------------------------------------------------------------ fit on open


@pytest.mark.parametrize(
    "physics, width, height",
    [(True, 1400, 850), (False, 1400, 850), (True, 1100, 700)],
    ids=["physics", "python-layout", "small-window"],
)
def test_corpus_page_shows_the_whole_graph_on_open(
    corpus, tmp_path, open_page, physics, width, height
):
    loaded = open_page(render(corpus, tmp_path / "corpus.html", physics=physics), width, height)
    loaded.wait_ready(60)
    view = assert_all_in_view(loaded, corpus.number_of_nodes())
    if width >= 1400:  # a laptop screen: the fitted graph is still labelled
        assert view["labels"], f"fitted so far out ({view['scale']:.2f}) that no label is drawn"
    loaded.assert_clean()


def test_fit_button_brings_everything_back_after_a_zoom(corpus, tmp_path, open_page):
    loaded = open_page(render(corpus, tmp_path / "corpus.html"))
    loaded.wait_ready(60)
    page = loaded.page
    page.fill("#search", "باشاغا")
    # the search zooms onto one node in an animation: wait for its end, not for a fixed
    # time (a loaded machine draws slower, and a fit clicked mid-animation is undone by it)
    js(
        loaded,
        "window.__searchZoomed = false; window.graphbuild.network.once("
        "'animationFinished', function () { window.__searchZoomed = true; })",
    )
    page.press("#search", "Enter")  # zooms onto one node: others leave the view
    page.wait_for_function("() => window.__searchZoomed === true", timeout=30_000)
    assert js(loaded, "window.graphbuild.network.getScale()") > 0.9
    page.click("#fit")
    assert_all_in_view(loaded, corpus.number_of_nodes())
    loaded.assert_clean()


def test_window_resize_refits_until_the_reader_moves_the_view(corpus, tmp_path, open_page):
    loaded = open_page(render(corpus, tmp_path / "corpus.html"), 1400, 850)
    loaded.wait_ready(60)
    page = loaded.page
    page.set_viewport_size({"width": 1000, "height": 650})
    page.wait_for_timeout(300)
    view = assert_all_in_view(loaded, corpus.number_of_nodes())
    assert view["W"] < 500
    # once the reader has zoomed in, a resize does not pull the view back out
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(5):
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(50)
    page.wait_for_timeout(200)
    assert loaded.page.evaluate(VIEW_JS)["out"], "zooming in should leave some nodes outside"
    page.set_viewport_size({"width": 1400, "height": 850})
    page.wait_for_timeout(300)
    assert loaded.page.evaluate(VIEW_JS)["out"], "the resize refitted a view the reader had zoomed"
    loaded.assert_clean()


def test_larger_graph_shows_the_whole_graph_on_open(tmp_path, open_page):
    g = synthetic_graph(1200)
    loaded = open_page(render(g, tmp_path / "syn.html"))
    loaded.wait_ready(90)
    assert_all_in_view(loaded, 1200)
    loaded.assert_clean()


# ------------------------------------------------------------------ labels and counts


def test_long_statements_are_cut_on_the_canvas_and_whole_in_the_panel(tmp_path, open_page):
    loaded = open_page(render(long_statement_graph(), tmp_path / "long.html"))
    loaded.wait_ready(30)
    statements = js(loaded, "window.graphbuild.nodes.get().filter(n => n.group === 'Statement')")
    assert len(statements) == 2
    seen = set()
    for node in statements:
        label = node["label"].strip("\u202b\u202c")
        assert len(label) <= 40 and label.endswith("…"), label
        stem = label[:-1]
        quote = next(q for q in (LONG_QUOTE_EN, LONG_QUOTE_AR) if q.startswith(stem))
        seen.add(quote)
        assert not quote[len(stem)].isalnum(), f"cut inside a word: {label!r}"
        js(loaded, "i => window.graphbuild.pick(i)", node["id"])
        text = loaded.panel_text()
        assert quote in " ".join(text.split()), "the panel shows the whole statement"
    assert seen == {LONG_QUOTE_EN, LONG_QUOTE_AR}
    loaded.assert_clean()


def test_counts_are_singular_and_plural(tmp_path, open_page):
    # one article; a hub with 61 relations (the panel lists 60)
    # and one relation with 4 sources (it lists 3)
    g = nx.MultiDiGraph()
    g.graph["articles"] = {"a0": {"id": "a0", "title": "Only article"}}
    g.add_node("Official:hub", type="Official", name="Hub", articles=["a0"])
    for i in range(61):
        g.add_node(f"Official:o{i}", type="Official", name=f"Other {i}", articles=["a0"])
        g.add_edge(
            "Official:hub", f"Official:o{i}", type="MET_WITH", article_id="a0", evidence="met"
        )
    for k in range(3):  # the same meeting in three more (unknown) articles
        g.add_edge(
            "Official:hub", "Official:o0", type="MET_WITH", article_id=f"x{k}", evidence="met"
        )
    loaded = open_page(render(g, tmp_path / "counts.html"))
    loaded.wait_ready(60)
    page = loaded.page
    assert page.inner_text("#summary") == "62 nodes · 64 edges · 1 article"
    js(loaded, "gid => window.graphbuild.pick(window.graphbuild.index(gid))", "Official:hub")
    text = loaded.panel_text()
    assert "… and 1 more relation" in text and "1 more relations" not in text
    assert "… and 1 more source" in text and "1 more sources" not in text
    assert "(4 articles)" in text
    assert js(
        loaded,
        "[1, 2, 0, 1500].map((n, i) => window.graphbuild.plural(n, i % 2 ? 'node' : 'article'))",
    ) == ["1 article", "2 nodes", "0 articles", "1,500 nodes"]
    body = page.inner_text("body")
    assert not re.search(r"(?<![\d,])1 (?:articles|nodes|edges|relations|sources)\b", body), body
    loaded.assert_clean()


# ------------------------------------------------------------------ the screenshot script


def test_screenshot_script_writes_where_it_is_told(corpus, tmp_path, chromium_path):
    """scripts/screenshot works; run here into tmp_path, it leaves docs/page.png alone."""
    script = ROOT / "scripts" / "screenshot"
    assert os.access(script, os.X_OK)
    tracked = ROOT / "docs" / "page.png"
    before = hashlib.sha256(tracked.read_bytes()).hexdigest() if tracked.exists() else None
    out = tmp_path / "page.png"
    run = subprocess.run(
        [sys.executable, str(script), "--out", str(out), "--chromium", chromium_path],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    # the same articles as seeds/ + eval/dev/articles/ (all in the repository)
    counts = (
        plural(corpus.number_of_nodes(), "node"),
        plural(corpus.number_of_edges(), "edge"),
        plural(len(corpus.graph["articles"]), "article"),
    )
    assert ", ".join(counts) in run.stderr
    after = hashlib.sha256(tracked.read_bytes()).hexdigest() if tracked.exists() else None
    assert after == before
