"""The HTML page: one self-contained file that shows the corpus graph.

:func:`render` turns the graph of :mod:`graphbuild.graph` into a page that
works from disk with the network cut:

* vis-network (JS and CSS from the pyvis package, ``templates/lib/vis-9.1.2``)
  and the page's own script/stylesheet (``render_assets/``) are inlined; the
  page loads nothing (its Content-Security-Policy allows no fetch at all and
  only the page's own scripts, by hash).
* The graph is embedded as JSON in ``<script type="application/json">`` with
  ``< > &`` and U+2028/U+2029 escaped and read with ``JSON.parse``; the page
  builds every text it shows with ``textContent`` — article text is data, never
  markup. Only ``http(s)`` URLs become links.
* One colour and shape per node type and one edge style per relation type,
  read from :mod:`graphbuild.schema` and passed in the page data, with a legend
  whose checkboxes filter types; node size grows with the number of MET_WITH
  edges, then with degree. Parallel edges of one type between the same two
  nodes (one per article; either way round for a symmetric type) are drawn as
  one line whose panel lists every article.
* Search keys are :func:`graphbuild.text.normalize_key` (``search_key``); the
  page's script folds what is typed with the same tables, passed in the page
  data as ``fold`` (tests/browser checks parity).
* Big graphs: physics runs a bounded number of stabilisation iterations and
  is then switched off (the layout freezes; a checkbox turns it back on).
  Above ``max_nodes`` only the most connected part is kept (see
  :func:`select_nodes`) and the page says how much was left out.
* The page fits on open: once the layout is frozen (or, with
  ``physics=False``, drawn from the positions computed here) the script zooms
  so that every node and its label is in view with a margin.
* Labels: long names and statements are cut at a word boundary with "…" on
  the canvas (:func:`shorten`); the side panel shows them whole. Counts are
  written ``1 article`` / ``2 articles`` (:func:`plural`); the article count
  is the number of entries in ``graph.graph["articles"]``.
* A node carries at most :data:`ARTICLES_MAX` of its article ids (the most
  recent, :func:`recent_articles`) and the count of all of them, so a hub's
  page data does not grow with the corpus; graph.json keeps every id.

pyvis builds the vis-network items and options (:class:`pyvis.node.Node`,
:class:`pyvis.edge.Edge`, :class:`pyvis.network.Network`); its own HTML
template is not used because it loads Bootstrap/tom-select and CDN files.
``Network.add_node``/``add_edge`` scan lists on every call (quadratic on
thousands of nodes), so items are built with the ``Node``/``Edge`` classes.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import html
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from . import schema
from .errors import InputError
from .fsutil import atomic_write
from .text import fold_tables
from .text import normalize_key as search_key

if TYPE_CHECKING:
    from .graphstream import StreamedGraph

__all__ = [
    "render",
    "render_file",
    "render_html",
    "render_streamed",
    "build_page_data",
    "select_nodes",
    "graph_articles",
    "page_json",
    "plural",
    "shorten",
    "summary_text",
    "recent_articles",
    "ARTICLES_MAX",
    "NODE_STYLES",
    "EDGE_STYLES",
]

#: Node type → vis group style (shape, colour) and legend label:
#: a live view of :mod:`graphbuild.schema`.
NODE_STYLES = schema.NODE_STYLES
OTHER_NODE_STYLE: dict[str, Any] = schema.OTHER_NODE_STYLE.vis()

#: Relation type → vis edge style, legend label and ``symmetric``:
#: a live view of :mod:`graphbuild.schema`.
EDGE_STYLES = schema.EDGE_STYLES
OTHER_EDGE_STYLE: dict[str, Any] = schema.OTHER_EDGE_STYLE.vis()

#: A streamed run's page draws at most this many edges (see :func:`render_streamed`).
MAX_PAGE_EDGES = 20_000
#: Above this many shown nodes the page switches to the cheap settings.
BIG_GRAPH = 800
#: physics=False lays out up to this many nodes with networkx's (dense) spring layout.
STATIC_LAYOUT_MAX = 2000

#: Canvas labels are cut (at a word boundary, with "…") to this many characters;
#: statements, which are whole sentences, shorter. The side panel shows the whole text.
LABEL_MAX = 48
STATEMENT_LABEL_MAX = 40
#: Link text for a statement inside the panel (relations, search results).
STATEMENT_SHORT_MAX = 90
#: A node on the page lists at most this many of its articles (the most recent by
#: published date, ties to the smaller id) and the count of the others, so the page's
#: size does not grow with the corpus; graph.json keeps them all.
ARTICLES_MAX = 100

FONT_FACE = (
    "'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', Arial, Tahoma, sans-serif"
)

_VIS_DIR = ("templates", "lib", "vis-9.1.2")
_ASSETS = Path(__file__).resolve().parent / "render_assets"  # the page template, script, style
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_RLE, _PDF = "\u202b", "\u202c"
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")
_MARKER = re.compile(r"/\*GB:([A-Z_]+)\*/|<!--GB:([A-Z_]+)-->")


# --------------------------------------------------------------------------- selection


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int) -> list[Any]:
    """The nodes kept when the graph has more than ``max_nodes`` nodes.

    Connected components (ignoring direction) are taken largest first; each is
    grown best-first from its highest-degree node, always adding the
    highest-degree neighbour of what is already kept. So the page shows the
    biggest connected structure and its hubs, never a scatter of unconnected
    high-degree nodes; small components and low-degree leaves (usually
    Statements and one-article names) go first. Ties break on the node id, so
    the choice is deterministic. Returns all nodes when under the cap.
    """
    nodes = list(graph.nodes)
    if max_nodes < 0:
        raise ValueError("max_nodes must be >= 0")
    if len(nodes) <= max_nodes:
        return nodes
    degree = dict(graph.degree())
    und = graph.to_undirected(as_view=True)
    comps = sorted(
        (sorted(c, key=str) for c in nx.connected_components(und)),
        key=lambda c: (-len(c), -sum(degree[n] for n in c), str(c[0])),
    )
    keep: list[Any] = []
    kept: set[Any] = set()
    for comp in comps:
        if len(keep) >= max_nodes:
            break
        start = min(comp, key=lambda n: (-degree[n], str(n)))
        heap = [(-degree[start], str(start), start)]
        queued = {start}
        while heap and len(keep) < max_nodes:
            _, _, n = heapq.heappop(heap)
            keep.append(n)
            kept.add(n)
            for m in und.neighbors(n):
                if m not in queued:
                    queued.add(m)
                    heapq.heappush(heap, (-degree[m], str(m), m))
    return keep


# --------------------------------------------------------------------------- data


def shorten(text: Any, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut at a word boundary with "…".

    A word longer than half the limit is cut inside (so a label is never only
    "…"); punctuation left dangling before the cut (``، , : ;`` …) is dropped.
    """
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    room = max(1, limit - 1)  # the ellipsis takes one character
    cut = text[:room]
    if text[room] != " ":
        space = cut.rfind(" ")
        if space >= room // 2:
            cut = cut[:space]
    return cut.rstrip(" \t.,:;،؛-–—«“‘(\"'") + "…"


def _label(text: str, limit: int = LABEL_MAX) -> str:
    text = shorten(text, limit)
    if _ARABIC.search(text):
        # right-to-left embedding: canvas text gets an RTL base direction
        return _RLE + text + _PDF
    return text


def _clean(v: Any) -> Any:
    """JSON-safe copy: sets/tuples → lists, other objects → str."""
    if v is None or isinstance(v, (str, bool, int)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset)):
        items = [_clean(x) for x in v]
        return sorted(items, key=str) if isinstance(v, (set, frozenset)) else items
    return str(v)


def _as_list(v: Any) -> list[Any]:
    if v is None or v == "":
        return []
    if isinstance(v, str):
        # GraphML stores lists as JSON strings
        if v.startswith("["):
            try:
                parsed = json.loads(v)
                if isinstance(parsed, list):
                    return parsed
            except ValueError:
                pass
        return [v]
    if isinstance(v, (list, tuple, set, frozenset)):
        return list(v)
    return [v]


def _node_style(t: str) -> dict[str, Any]:
    nt = schema.get_node_type(t)
    return nt.style.vis() if nt and nt.style else OTHER_NODE_STYLE


def _edge_style(t: str) -> dict[str, Any]:
    rt = schema.get_relation_type(t)
    return rt.style.vis() if rt and rt.style else OTHER_EDGE_STYLE


def _static_layout(graph: nx.MultiDiGraph, order: list[Any]) -> dict[Any, tuple[float, float]]:
    """Positions for ``physics=False``, computed here so the browser simulates nothing.

    networkx's spring layout (numpy; from 500 nodes networkx needs scipy, and
    without it, or above ``STATIC_LAYOUT_MAX``, a circle). A hidden hub tied
    to each component's best-connected node keeps small components near the
    big one instead of flung to the edges.
    """
    if not order:
        return {}
    kept = set(order)
    h = nx.Graph()
    h.add_nodes_from(order)
    h.add_edges_from((u, v) for u, v in graph.edges() if u in kept and v in kept and u != v)
    hub = object()
    comps = list(nx.connected_components(h))
    if len(comps) > 1:
        for comp in comps:
            h.add_edge(hub, max(comp, key=lambda n: (h.degree(n), str(n))), weight=0.3)
    try:
        if len(order) > STATIC_LAYOUT_MAX:
            raise ImportError("too big for the dense layout")
        pos = nx.spring_layout(h, seed=42, iterations=80)
    except ImportError:  # numpy/scipy missing, or too big
        h.remove_nodes_from([hub])
        pos = nx.circular_layout(h)
    scale = 100 * math.sqrt(len(order)) + 100
    return {
        n: (round(float(pos[n][0]) * scale, 1), round(float(pos[n][1]) * scale, 1)) for n in order
    }


# The options that depend on neither the graph's size nor the physics switch
_NODE_FONT = {
    "face": FONT_FACE,
    "size": 14,
    "color": "#222222",
    "strokeWidth": 3,
    "strokeColor": "#ffffff",
}
_BARNES_HUT = {  # ``theta`` is set by size
    "gravitationalConstant": -2500,
    "centralGravity": 0.6,
    "springLength": 100,
    "springConstant": 0.04,
    "damping": 0.3,
    "avoidOverlap": 0.2,
}
_FORCE_ATLAS = {  # ``theta`` is set by size
    "gravitationalConstant": -60,
    "centralGravity": 0.01,
    "springLength": 80,
    "springConstant": 0.08,
    "damping": 0.6,
    "avoidOverlap": 0,
}


def _groups() -> dict[str, Any]:
    groups = {t: {"shape": s["shape"], "color": dict(s["color"])} for t, s in NODE_STYLES.items()}
    groups["Other"] = {"shape": OTHER_NODE_STYLE["shape"], "color": dict(OTHER_NODE_STYLE["color"])}
    return groups


def _interaction(big: bool) -> dict[str, Any]:
    return {
        "hover": not big,
        "hideEdgesOnDrag": big,
        "hideEdgesOnZoom": big,
        "tooltipDelay": 300,
        "keyboard": False,
        "navigationButtons": False,
        "multiselect": False,
    }


def _physics(n_nodes: int, physics: bool, big: bool) -> dict[str, Any]:
    # Barnes-Hut costs ~n log n per iteration (about 60 ms at 5,000 nodes on a
    # small CI machine): bound the total work, and coarsen theta when big.
    iterations = (
        1000 if n_nodes <= 300 else 400 if not big else max(100, min(300, 750_000 // n_nodes))
    )
    theta = 1.0 if big else 0.5
    return {
        "enabled": bool(physics) and n_nodes > 0,
        "solver": "forceAtlas2Based" if big else "barnesHut",
        # separate components are pulled in (centralGravity) so that,
        # fitted to the window, labels stay big enough to be drawn
        "barnesHut": {"theta": theta, **_BARNES_HUT},
        "forceAtlas2Based": {"theta": theta, **_FORCE_ATLAS},
        "maxVelocity": 60,
        "minVelocity": 1.0,
        "timestep": 0.5,
        "adaptiveTimestep": True,
        "stabilization": {
            "enabled": True,
            "iterations": iterations,
            "updateInterval": 25,
            "fit": True,
        },
    }


def _options(n_nodes: int, physics: bool) -> dict[str, Any]:
    big = n_nodes > BIG_GRAPH
    net = Network(directed=True, cdn_resources="in_line")
    net.set_options(
        json.dumps(
            {
                "autoResize": True,
                "groups": _groups(),
                "nodes": {
                    "borderWidth": 1,
                    "font": dict(_NODE_FONT),
                    "scaling": {"label": {"enabled": True, "drawThreshold": 7 if big else 5}},
                },
                "edges": {
                    "smooth": False
                    if big
                    else {"enabled": True, "type": "continuous", "roundness": 0.3},
                    "selectionWidth": 2,
                    "arrows": {"to": {"scaleFactor": 0.6}},
                },
                "interaction": _interaction(big),
                # Kamada-Kawai start is good on small graphs and fails/crawls on big ones
                "layout": {"improvedLayout": bool(physics) and n_nodes <= 200, "randomSeed": 42},
                "physics": _physics(n_nodes, physics, big),
            },
            separators=(",", ":"),
        )
    )
    return net.options


def graph_articles(graph: nx.Graph) -> dict[str, Any]:
    """The graph's articles, ``{article_id: {id, title, url, published, lang, source}}``.

    They are read from ``graph.graph["articles"]`` only — the one place both
    :func:`graphbuild.graph.build_graph` and the Neo4j ``query_graph`` put
    them — and the page's article count is the number of entries there, never
    a count of article ids found on nodes or edges. A list of records with an
    ``id`` is accepted too.
    """
    raw = graph.graph.get("articles") or {}
    if isinstance(raw, dict):
        return {str(k): _clean(v) for k, v in raw.items()}
    out: dict[str, Any] = {}
    for rec in _as_list(raw):
        if isinstance(rec, dict) and rec.get("id") not in (None, ""):
            out[str(rec["id"])] = _clean(rec)
        elif isinstance(rec, (str, int)):
            out[str(rec)] = {"id": str(rec)}
    return out


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 article``, ``2 articles``, ``1,500 nodes`` (thousands separated)."""
    return f"{n:,} {noun if n == 1 else (nouns or noun + 's')}"


def _published_key(published: Any) -> str:
    return "" if published in (None, "") else str(published)


def recent_articles(ids: list[Any], articles: dict[str, Any], k: int = ARTICLES_MAX) -> list[Any]:
    """The ``k`` most recent of ``ids`` by the ``published`` date in ``articles`` (undated
    last), ties to the smaller id, most recent first: the articles a node lists on the page.
    """
    by_id = sorted(dict.fromkeys(ids), key=str)
    # stable: the newest first, and in id order within a date
    by_date = sorted(
        by_id,
        key=lambda a: _published_key((articles.get(str(a)) or {}).get("published")),
        reverse=True,
    )
    return by_date[: max(k, 0)]


@dataclass
class _EdgeTally:
    """The drawn edges grouped into lines, and the per-node counts they give."""

    groups: dict[tuple[Any, Any, str], list[dict[str, Any]]] = field(default_factory=dict)
    degree: dict[Any, int] = field(default_factory=dict)
    met: dict[Any, int] = field(default_factory=dict)
    total: int = 0
    shown: int = 0


def _edge_item(d: dict[str, Any], reversed_: bool) -> dict[str, Any]:
    item = {"article_id": _clean(d.get("article_id"))}
    if reversed_:
        item["reversed"] = True
    for attr in ("evidence", "quote", "confidence", "rule", "published"):
        if d.get(attr) not in (None, ""):
            item[attr] = _clean(d.get(attr))
    return item


def _tally_edges(graph: nx.MultiDiGraph, order: list[Any], index: dict[Any, int]) -> _EdgeTally:
    """One line per (ends, type) between kept nodes: a symmetric type's pair is unordered."""
    tally = _EdgeTally(degree={n: 0 for n in order}, met={n: 0 for n in order})
    for u, v, d in graph.edges(data=True):
        tally.total += 1
        if u not in index or v not in index:
            continue
        tally.shown += 1
        t = str(d.get("type") or "?")
        tally.degree[u] += 1
        tally.degree[v] += 1
        if t == schema.MET_WITH:
            tally.met[u] += 1
            tally.met[v] += 1
        if schema.is_symmetric(t):  # one line per unordered pair
            a, b = sorted((u, v), key=lambda n: index[n])
        else:
            a, b = u, v
        tally.groups.setdefault((a, b, t), []).append(_edge_item(d, (u, v) != (a, b)))
    return tally


def _node_articles(item: dict[str, Any], d: dict[str, Any], articles: dict[str, Any]) -> None:
    """A node's articles on the page: at most :data:`ARTICLES_MAX` of them (see
    :func:`recent_articles`) and, when some are left out, their total and the panel's line.
    ``articles_total`` on a node (a streamed page's part) is the count of all its articles,
    of which ``articles`` is already the selection."""
    vals = _as_list(d.get("articles"))
    if not vals:
        return
    shown = recent_articles(vals, articles)
    total = max(int(d.get("articles_total") or 0), len(dict.fromkeys(vals)))
    item["articles"] = _clean(shown)
    if total > len(shown):
        item["articlesTotal"] = total
        item["articlesMore"] = "… and " + plural(
            total - len(shown), "more article", "more articles"
        )


def _node_info(
    n: Any,
    d: dict[str, Any],
    t: str,
    name: str,
    tally: _EdgeTally,
    articles: dict[str, Any],
) -> dict[str, Any]:
    """What the side panel shows of one node."""
    name_en = d.get("name_en") or None
    limit = STATEMENT_LABEL_MAX if t == schema.STATEMENT else LABEL_MAX
    aliases = [str(a) for a in _as_list(d.get("aliases")) if a]
    keys: list[str] = []
    for x in [name, *(x for x in [name_en] if x), *aliases]:
        key = search_key(str(x))
        if key and key not in keys:
            keys.append(key)
    item = {
        "id": _clean(n),
        "type": t,
        "name": name,
        "labelEn": _label(name_en, limit) if name_en else None,
        "name_en": _clean(name_en),
        "aliases": aliases,
        "keys": keys,
        "degree": tally.degree[n],
        "met": tally.met[n],
    }
    if t == schema.STATEMENT and len(name) > STATEMENT_SHORT_MAX:
        item["short"] = shorten(name, STATEMENT_SHORT_MAX)
    for attr in ("country", "title", "kind", "confidence", "text", "speaker", "lang"):
        if attr == "text" and t == schema.STATEMENT:
            continue  # it is ``name``
        if d.get(attr) not in (None, "", []):
            item[attr] = _clean(d.get(attr))
    _node_articles(item, d, articles)
    vals = _as_list(d.get("merges"))
    if vals:
        item["merges"] = _clean(vals)
    return item


def _vis_node(
    n: Any, t: str, name: str, index: dict[Any, int], tally: _EdgeTally, position: Any
) -> dict[str, Any]:
    """One vis-network node (pyvis options), sized by its meetings and degree."""
    limit = STATEMENT_LABEL_MAX if t == schema.STATEMENT else LABEL_MAX
    size = 10 + 5 * math.sqrt(tally.met[n]) + 1.5 * math.sqrt(tally.degree[n])
    if t == schema.STATEMENT:
        size = 8
    node = Node(
        index[n],
        _node_style(t)["shape"],
        label=_label(name, limit),
        group=t if t in NODE_STYLES else "Other",
        size=round(min(size, 48), 1),
    )
    if position is not None:
        node.options["x"], node.options["y"] = position
    return node.options


def _vis_edge(i: int, a: int, b: int, t: str, n_items: int) -> dict[str, Any]:
    """One vis-network edge (pyvis options), wider for more articles."""
    s = _edge_style(t)
    opts: dict[str, Any] = {
        "id": i,
        "color": {"color": s["color"], "highlight": s["color"]},
        "width": round(s["width"] * (1 + 0.5 * math.log2(n_items)), 2),
    }
    if s["dashes"]:
        opts["dashes"] = s["dashes"]
    opts["arrows"] = s["arrows"]
    return Edge(a, b, directed=True, **opts).options


def _node_name(n: Any, d: dict[str, Any], t: str) -> str:
    if t == schema.STATEMENT:
        # the whole quote (``name`` may be a cut copy of it); the canvas gets a short label
        return " ".join(str(d.get("text") or d.get("name") or n).split())
    return str(d.get("name") or d.get("text") or n)


def _page_nodes(
    graph: nx.MultiDiGraph,
    order: list[Any],
    index: dict[Any, int],
    tally: _EdgeTally,
    physics: bool,
    articles: dict[str, Any],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
    """The kept nodes as vis-network items and side-panel info, and the count by type."""
    positions = {} if physics else _static_layout(graph, order)
    vis_nodes: list[dict[str, Any]] = []
    info: list[dict[str, Any]] = []
    type_counts: dict[str, int] = {}
    for n in order:
        d = graph.nodes[n]
        t = str(d.get("type") or "Other")
        type_counts[t] = type_counts.get(t, 0) + 1
        name = _node_name(n, d, t)
        vis_nodes.append(_vis_node(n, t, name, index, tally, positions.get(n)))
        info.append(_node_info(n, d, t, name, tally, articles))
    return vis_nodes, info, type_counts


def _page_edges(
    tally: _EdgeTally, index: dict[Any, int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, int]]:
    """The edge lines as vis-network items and side-panel info, and the count by type."""
    vis_edges: list[dict[str, Any]] = []
    edge_info: list[dict[str, Any]] = []
    edge_counts: dict[str, int] = {}
    for i, ((a, b, t), items) in enumerate(tally.groups.items()):
        edge_counts[t] = edge_counts.get(t, 0) + len(items)
        vis_edges.append(_vis_edge(i, index[a], index[b], t, len(items)))
        edge_info.append({"type": t, "items": items})
    return vis_edges, edge_info, edge_counts


def build_page_data(
    graph: nx.MultiDiGraph,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
    physics: bool = True,
    whole: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the page's script needs, as plain JSON-able data.

    ``nodes``/``edges`` are vis-network items (built with pyvis); ``info`` and
    ``edgeInfo`` (same index) hold what the side panel shows; ``meta`` has the
    counts for the cap notice. ``whole``: ``graph`` is a part of a bigger graph
    (:func:`render_streamed`), whose ``nodes``, ``edges`` and ``articles`` counts
    and ``selection`` (how the part was chosen) the notice gives.
    """
    if not isinstance(graph, nx.Graph):
        raise InputError(f"render needs a networkx graph, got {type(graph).__name__}")
    keep = select_nodes(graph, max_nodes)
    order = sorted(keep, key=lambda n: (str(graph.nodes[n].get("type", "")), str(n)))
    index = {n: i for i, n in enumerate(order)}
    tally = _tally_edges(graph, order, index)

    articles = graph_articles(graph)
    vis_nodes, info, type_counts = _page_nodes(graph, order, index, tally, physics, articles)
    vis_edges, edge_info, edge_counts = _page_edges(tally, index)
    n_total = graph.number_of_nodes()
    meta = {
        "nodes_total": n_total,
        "edges_total": tally.total,
        "nodes_shown": len(order),
        "edges_shown": tally.shown,
        "nodes_omitted": n_total - len(order),
        "edges_omitted": tally.total - tally.shown,
        "max_nodes": max_nodes,
        "capped": len(order) < n_total,
        "big": len(order) > BIG_GRAPH,
        "physics": bool(physics),
        "articles_total": len(articles),
        "has_english": any(x.get("labelEn") for x in info),
        "node_counts": type_counts,
        "edge_counts": edge_counts,
    }
    if whole is not None:
        _whole_meta(meta, whole)
    return {
        "title": str(title),
        "meta": meta,
        "nodeStyles": {**NODE_STYLES, "Other": OTHER_NODE_STYLE},
        "edgeStyles": {**EDGE_STYLES, "Other": OTHER_EDGE_STYLE},
        "fold": fold_tables(),
        "articles": articles,
        "nodes": vis_nodes,
        "info": info,
        "edges": vis_edges,
        "edgeInfo": edge_info,
        "options": _options(len(order), physics),
    }


def _whole_meta(meta: dict[str, Any], whole: dict[str, Any]) -> None:
    """The counts of ``meta`` for a page drawn from a part of the graph (see ``whole``)."""
    meta["nodes_total"] = whole["nodes"]
    meta["edges_total"] = whole["edges"]
    meta["nodes_omitted"] = whole["nodes"] - meta["nodes_shown"]
    meta["edges_omitted"] = whole["edges"] - meta["edges_shown"]
    meta["articles_total"] = whole["articles"]
    meta["capped"] = True
    meta["selection"] = whole["selection"]


# --------------------------------------------------------------------------- page


def page_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: ``< > &`` U+2028/9 escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


def _asset(name: str) -> str:
    # next to this module, not through the package name: a folder named graphbuild in the
    # script's directory can make ``graphbuild`` a namespace package with other paths
    return _ASSETS.joinpath(name).read_text(encoding="utf-8")


def _vis(name: str) -> str:
    import pyvis

    path = Path(pyvis.__file__).parent.joinpath(*_VIS_DIR, name)
    return path.read_text(encoding="utf-8")


def _safe_inline(code: str, tag: str) -> str:
    # an inlined library must not be able to close its own element
    if re.search(rf"</{tag}", code, re.IGNORECASE) or "<!--" in code:
        code = re.sub(rf"</({tag})", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")
    return code


def _csp_hash(code: str) -> str:
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
        + "'"
    )


def _legend_html(data: dict[str, Any]) -> str:
    """Legend rows with their filter checkboxes (constant labels; counts are ints)."""
    meta = data["meta"]
    rows = ['<fieldset class="legend" id="legend-nodes"><legend>Nodes</legend>']
    types = list(NODE_STYLES) + sorted(t for t in meta["node_counts"] if t not in NODE_STYLES)
    for t in types:
        s = _node_style(t)
        count = int(meta["node_counts"].get(t, 0))
        tid = html.escape(t, quote=True)
        rows.append(
            f'<label class="legend-row" data-type="{tid}">'
            f'<input type="checkbox" class="filter" data-kind="node" '
            f'data-type="{tid}" id="filter-node-{tid}" checked> '
            f'<span class="swatch shape-{html.escape(s["shape"])}" '
            f'style="--c:{s["color"]["background"]};--b:{s["color"]["border"]}"></span> '
            f'<span class="legend-label">{html.escape(t)}</span> '
            f'<span class="count">{count}</span></label>'
        )
    rows.append("</fieldset>")
    rows.append('<fieldset class="legend" id="legend-edges"><legend>Relations</legend>')
    etypes = list(EDGE_STYLES) + sorted(t for t in meta["edge_counts"] if t not in EDGE_STYLES)
    for t in etypes:
        s = _edge_style(t)
        count = int(meta["edge_counts"].get(t, 0))
        tid = html.escape(t, quote=True)
        dash = "none" if not s["dashes"] else " ".join(str(x) for x in s["dashes"])
        arrow = (
            '<path d="M30 2 L38 6 L30 10 z" fill="{c}"/>'.format(c=s["color"])
            if s["arrows"]
            else ""
        )
        rows.append(
            f'<label class="legend-row" data-type="{tid}">'
            f'<input type="checkbox" class="filter" data-kind="edge" '
            f'data-type="{tid}" id="filter-edge-{tid}" checked> '
            '<svg class="edge-swatch" width="40" height="12" aria-hidden="true">'
            f'<line x1="2" y1="6" x2="32" y2="6" stroke="{s["color"]}" '
            f'stroke-width="{min(s["width"], 3)}" stroke-dasharray="{dash}"/>{arrow}</svg> '
            f'<span class="legend-label">{html.escape(t)}</span> '
            f'<span class="count">{count}</span></label>'
        )
    rows.append("</fieldset>")
    return "\n".join(rows)


def _notice_html(meta: dict[str, Any]) -> str:
    if not meta["capped"]:
        return ""
    left_out = [plural(meta["nodes_omitted"], "node")]
    if meta["edges_omitted"]:
        left_out.append(plural(meta["edges_omitted"], "edge"))
    verb = "was" if len(left_out) == 1 and meta["nodes_omitted"] == 1 else "were"
    return (
        '<div id="cap-notice" class="notice" role="status">'
        f"Large graph: showing {meta['nodes_shown']:,}"
        f" of {plural(meta['nodes_total'], 'node')} and "
        f"{meta['edges_shown']:,} of {plural(meta['edges_total'], 'edge')}. "
        f"<strong>{' and '.join(left_out)} {verb} left out</strong> "
        + html.escape(
            meta.get("selection")
            or f"(cap: {plural(meta['max_nodes'], 'node')}; kept the largest connected"
            " components, grown from their best-connected nodes)."
        )
        + "</div>"
    )


def summary_text(meta: dict[str, Any]) -> str:
    """The header line: ``8 nodes · 9 edges · 1 article`` (edges drawn, articles of the graph)."""
    return " · ".join(
        [
            plural(meta["nodes_shown"], "node"),
            plural(meta["edges_shown"], "edge"),
            plural(meta["articles_total"], "article"),
        ]
    )


@dataclass(frozen=True)
class _Assets:
    """The page's fixed parts, made safe to inline, and the CSP that allows its scripts."""

    vis_js: str
    vis_css: str
    page_js: str
    page_css: str
    csp: str
    template: str


@lru_cache(maxsize=1)
def _assets() -> _Assets:
    """Read, checked and hashed once per process (700 kB of vis-network: a few ms a page)."""
    vis_js = _safe_inline(_vis("vis-network.min.js"), "script")
    page_js = _safe_inline(_asset("page.js"), "script")
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    return _Assets(
        vis_js=vis_js,
        vis_css=_safe_inline(_vis("vis-network.css"), "style"),
        page_js=page_js,
        page_css=_safe_inline(_asset("page.css"), "style"),
        csp=csp,
        template=_asset("page.html"),
    )


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
    physics: bool = True,
    whole: dict[str, Any] | None = None,
) -> str:
    """The page as a string (see :func:`render`; ``whole`` as in :func:`build_page_data`)."""
    data = build_page_data(graph, title=title, max_nodes=max_nodes, physics=physics, whole=whole)
    a = _assets()
    parts = {
        "TITLE": html.escape(str(title)),
        "CSP": html.escape(a.csp, quote=True),
        "VIS_CSS": a.vis_css,
        "PAGE_CSS": a.page_css,
        "VIS_JS": a.vis_js,
        "PAGE_JS": a.page_js,
        "DATA": page_json(data),
        "LEGEND": _legend_html(data),
        "NOTICE": _notice_html(data["meta"]),
        "SUMMARY": html.escape(summary_text(data["meta"])),
    }
    # one pass: replaced text is never scanned again
    return _MARKER.sub(lambda m: parts[m.group(1) or m.group(2)], a.template)


def render(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
    physics: bool = True,
    whole: dict[str, Any] | None = None,
) -> Path:
    """Write the interactive page for ``graph`` to ``path`` and return the path.

    ``max_nodes`` caps what is drawn (the most connected part is kept and the
    page says what was left out); ``physics=False`` skips the force layout in
    the browser (positions come from :func:`_static_layout`). Either way the
    page fits the whole graph into view once the layout is done. The file is
    self-contained, and written atomically: a failed write keeps the previous page.
    """
    text = render_html(graph, title=title, max_nodes=max_nodes, physics=physics, whole=whole)
    return atomic_write(path, text)


def render_streamed(
    graph: StreamedGraph,
    path: str | Path,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
    physics: bool = True,
    max_edges: int = MAX_PAGE_EDGES,
) -> str | None:
    """The page of a streamed run's graph (:class:`~graphbuild.graphstream.StreamedGraph`).

    A graph of at most ``max_nodes`` nodes and ``max_edges`` edges is drawn whole: the
    page :func:`render` draws for the same graph. A bigger one is drawn in part, chosen
    from the entity index without the whole graph in memory: the ``max_nodes`` entities
    of highest degree (ties: the smaller id), no Statement, and at most ``max_edges``
    of the edges between them, those whose ends rank higher first (ties: graph order).
    The notice on the page says so; the same line is returned (None for a whole graph)
    for the run to print on stderr.
    """
    n_nodes, n_edges = graph.number_of_nodes(), graph.number_of_edges()
    if n_nodes <= max_nodes and n_edges <= max_edges:
        render(graph.materialize(), path, title=title, max_nodes=max_nodes, physics=physics)
        return None
    ranked = graph.top_entities(max_nodes)  # from the index on disk: max_nodes in memory
    place = {n: i for i, n in enumerate(ranked)}
    between = (
        (max(place[u], place[v]), i)
        for i, (u, v, _) in enumerate(graph.edges())
        if u in place and v in place
    )
    chosen = {i for _, i in heapq.nsmallest(max(max_edges, 0), between)}
    part = graph.materialize(
        keep=place.__contains__,
        edge_filter=lambda i, u, v: i in chosen,
        recent=ARTICLES_MAX,  # a node's articles: a bounded selection, not all of them
    )
    selection = (
        f"(caps: {plural(max_nodes, 'node')}, {plural(max_edges, 'edge')}; kept the"
        " best-connected entities, without statements, and the edges between them, those"
        " of the best-connected first; graphbuild render --query or Neo4j show the rest)."
    )
    whole = {
        "nodes": n_nodes,
        "edges": n_edges,
        "articles": graph.article_count,
        "selection": selection,
    }
    render(part, path, title=title, max_nodes=max_nodes, physics=physics, whole=whole)
    return (
        f"graph.html: large graph, showing {part.number_of_nodes():,} of"
        f" {plural(n_nodes, 'node')} and {part.number_of_edges():,} of"
        f" {plural(n_edges, 'edge')} {selection}"
    )


def render_file(graph_json_path: str | Path, out_path: str | Path, **kw: Any) -> Path:
    """Render a ``graph.json`` (from :func:`graphbuild.graph.write_graph_json`)."""
    from .graph import read_graph_json

    src = Path(graph_json_path)
    try:
        g = read_graph_json(src)
    except FileNotFoundError as exc:
        raise InputError(f"{src}: no such file") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{src}: not a graph.json ({exc})") from exc
    return render(g, out_path, **kw)
