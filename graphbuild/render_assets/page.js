/* graphbuild page script. All data comes from the JSON block #graph-data and is
 * shown with textContent only: names, quotes and URLs from articles are data,
 * never markup. Only http(s) URLs become links. */
(function () {
  "use strict";
  var t0 = performance.now();
  window.graphbuildReady = false;

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var meta = data.meta;
  var info = data.info;
  var edgeInfo = data.edgeInfo;
  var articles = data.articles || {};

  // ------------------------------------------------------------------ normalise
  // graphbuild.text.normalize_key, with its tables from the page data (tests/browser checks parity).
  var FOLD = data.fold.letters;
  var DIACRITICS = new RegExp(data.fold.diacritics, "g");
  var FOLD_RE = new RegExp("[" + Object.keys(FOLD).join("").replace(/[\\\]^-]/g, "\\$&") + "]", "g");
  var MARKS = /\p{M}/gu;
  var PUNCT = /[^\p{L}\p{N}\s]|_/gu;
  function normalize(text) {
    var t = String(text == null ? "" : text).normalize("NFKC");
    t = t.replace(DIACRITICS, "").replace(FOLD_RE, function (c) { return FOLD[c]; });
    t = t.normalize("NFKD").replace(MARKS, "").toLowerCase();
    t = t.replace(PUNCT, " ");
    return t.replace(/\s+/g, " ").trim();
  }

  // ------------------------------------------------------------------ helpers
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text != null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function auto(e) { e.dir = "auto"; return e; }
  function safeUrl(url) {
    if (typeof url !== "string") return null;
    var s = url.trim();
    if (!/^https?:\/\//i.test(s)) return null;
    try {
      var u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }
  function fmtConf(c) {
    return (typeof c === "number") ? c.toFixed(2) : (c == null ? "" : String(c));
  }
  // "1 article", "2 articles"; the page's Python side writes counts the same way
  function plural(n, noun, nouns) {
    return n.toLocaleString("en-US") + " " + (n === 1 ? noun : (nouns || noun + "s"));
  }
  function setStatus(text, done) {
    var s = document.getElementById("status");
    s.textContent = text;
    s.className = done ? "done" : "";
  }

  // ------------------------------------------------------------------ network
  var english = false;
  function labelOf(i) {
    var x = info[i];
    return (english && x.labelEn) ? x.labelEn : data.nodes[i].label;
  }
  var nodeOn = Object.create(null), edgeOn = Object.create(null);
  info.forEach(function (x) { nodeOn[x.type] = true; });
  edgeInfo.forEach(function (x) { edgeOn[x.type] = true; });

  // copies: the DataSets may change their items; data.nodes/edges stay as built
  function copy(o) { return Object.assign({}, o); }
  var nodes = new vis.DataSet(data.nodes.map(copy));
  var edges = new vis.DataSet(data.edges.map(copy));
  var container = document.getElementById("network");
  var options = data.options;
  var nodeHidden = new Array(info.length).fill(false);
  var edgeHidden = new Array(edgeInfo.length).fill(false);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.graphbuildTimes = { network: performance.now() - t0 };

  // ------------------------------------------------------------------ fit
  // Every shown node, and its label when labels are drawn, in view with
  // FIT_PADDING px to spare. vis-network's own fit runs inside stabilisation
  // (before the layout is frozen) and measures labels only as last drawn, so
  // a label hidden at one zoom and shown at the next can overflow; here the
  // extents are computed from the final positions, the node sizes and the
  // label widths measured with the canvas font.
  var FIT_PADDING = 28, FIT_MAX_SCALE = 1.0;
  var nodeFont = (options.nodes && options.nodes.font) || {};
  var FONT_SIZE = nodeFont.size || 14;
  var LABEL_MIN_PX = ((options.nodes && options.nodes.scaling && options.nodes.scaling.label &&
    options.nodes.scaling.label.drawThreshold) || 5) - 1;  // vis draws a label from this on-screen size
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT_SIZE + "px " + (nodeFont.face || "sans-serif");
  var widths = new Map();
  function labelWidth(i) {
    var text = String(nodes.get(i).label || "");
    if (!widths.has(text)) widths.set(text, measure.measureText(text).width + (nodeFont.strokeWidth || 0) * 2);
    return widths.get(text);
  }
  var userMoved = false;  // no refit on resize once the reader has zoomed, dragged or searched
  function extents(ids, pos, withLabels) {
    var b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    ids.forEach(function (id) {
      var p = pos[id];
      if (!p) return;
      var r = 1.2 * (data.nodes[id].size || 10) + 2;  // the shape and its border
      var half = r, below = r;
      if (withLabels) {
        half = Math.max(r, labelWidth(id) / 2);
        below = r + 4 + 1.4 * FONT_SIZE;  // the label is drawn under the shape
      }
      if (p.x - half < b.minX) b.minX = p.x - half;
      if (p.x + half > b.maxX) b.maxX = p.x + half;
      if (p.y - r < b.minY) b.minY = p.y - r;
      if (p.y + below > b.maxY) b.maxY = p.y + below;
    });
    return b;
  }
  function fitView() {
    var ids = [];
    for (var i = 0; i < info.length; i++) if (!nodeHidden[i]) ids.push(i);
    var w = container.clientWidth, h = container.clientHeight;
    if (!ids.length || !w || !h) return;
    var pad = Math.min(FIT_PADDING, w / 6, h / 6);
    var pos = network.getPositions(ids);
    function scaleFor(b) {
      return Math.min((w - 2 * pad) / Math.max(b.maxX - b.minX, 1), (h - 2 * pad) / Math.max(b.maxY - b.minY, 1), FIT_MAX_SCALE);
    }
    var box = extents(ids, pos, false), scale = scaleFor(box);
    if (FONT_SIZE * scale >= LABEL_MIN_PX) {
      // at this zoom labels are drawn: make room for them, or zoom out just
      // past the point where they disappear, whichever is closer
      var withLabels = extents(ids, pos, true), s2 = scaleFor(withLabels);
      if (FONT_SIZE * s2 >= LABEL_MIN_PX) { box = withLabels; scale = s2; }
      else { scale = Math.min(scale, 0.98 * LABEL_MIN_PX / FONT_SIZE); }
    }
    network.moveTo({ position: { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 }, scale: scale, animation: false });
  }

  var physicsBox = document.getElementById("toggle-physics");
  function ready() {
    if (window.graphbuildReady) return;
    window.graphbuildReady = true;
    window.graphbuildStabilizedMs = performance.now() - t0;
    document.body.setAttribute("data-ready", "1");
    setStatus("Layout done (" + Math.round(window.graphbuildStabilizedMs) + " ms); physics off", true);
  }
  if (options.physics && options.physics.enabled) {
    network.on("stabilizationProgress", function (p) {
      setStatus("Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
    });
    network.once("stabilizationIterationsDone", function () {
      // freeze: a bounded layout, then no more simulation; then show all of it
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      fitView();
      ready();
    });
  } else {
    if (data.nodes.length === 0) { setTimeout(ready, 0); }
    else { network.once("afterDrawing", function () { fitView(); ready(); }); }
  }
  network.on("resize", function () {
    // after vis-network has restored its own camera for the new size
    if (window.graphbuildReady && !userMoved) setTimeout(function () { if (!userMoved) fitView(); }, 0);
  });
  network.on("dragEnd", function (p) { if (!p.nodes || !p.nodes.length) userMoved = true; });
  network.on("zoom", function () { userMoved = true; });
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked, stabilization: { enabled: false } } });
  });
  document.getElementById("fit").addEventListener("click", function () { userMoved = false; fitView(); });

  var englishBox = document.getElementById("toggle-english");
  if (!meta.has_english) { englishBox.disabled = true; englishBox.parentNode.title = "No English names in this graph"; }
  englishBox.addEventListener("change", function () {
    english = englishBox.checked;
    var upd = [];
    for (var i = 0; i < info.length; i++) {
      if (info[i].labelEn) upd.push({ id: i, label: labelOf(i) });
    }
    nodes.update(upd);
  });

  // ------------------------------------------------------------------ filters
  function applyFilters() {
    var nu = [], eu = [];
    for (var i = 0; i < info.length; i++) {
      var h = !nodeOn[info[i].type];
      if (h !== nodeHidden[i]) { nodeHidden[i] = h; nu.push({ id: i, hidden: h }); }
    }
    for (var j = 0; j < edgeInfo.length; j++) {
      var e = data.edges[j];
      var eh = !edgeOn[edgeInfo[j].type] || nodeHidden[e.from] || nodeHidden[e.to];
      if (eh !== edgeHidden[j]) { edgeHidden[j] = eh; eu.push({ id: j, hidden: eh }); }
    }
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
  }
  Array.prototype.forEach.call(document.querySelectorAll("input.filter"), function (box) {
    box.addEventListener("change", function () {
      var map = box.getAttribute("data-kind") === "node" ? nodeOn : edgeOn;
      map[box.getAttribute("data-type")] = box.checked;
      applyFilters();
    });
  });
  function showType(type) {
    if (nodeOn[type] === false) {
      nodeOn[type] = true;
      var box = document.getElementById("filter-node-" + type);
      if (box) box.checked = true;
      applyFilters();
    }
  }

  // ------------------------------------------------------------------ panel
  var panel = document.getElementById("panel");
  function clearPanel() {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
  }
  function nodeName(i) { return info[i] ? (info[i].short || info[i].name) : "?"; }
  function nodeLink(i) {
    var b = auto(el("button", nodeName(i), "linkish"));
    b.type = "button";
    b.addEventListener("click", function () { pick(i); });
    return b;
  }
  function articleItem(aid, published) {
    var li = el("li", null, "article");
    var a = Object.prototype.hasOwnProperty.call(articles, aid) ? articles[aid] : { id: aid };
    var title = a.title || a.id || aid;
    var href = safeUrl(a.url);
    if (href) {
      var link = auto(el("a", title));
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      li.appendChild(link);
    } else {
      li.appendChild(auto(el("span", title)));
    }
    var date = a.published || published;
    var bits = [];
    if (date) bits.push(String(date));
    if (a.source) bits.push(String(a.source));
    if (a.lang) bits.push(String(a.lang));
    if (bits.length) li.appendChild(el("div", bits.join(" · "), "sub meta"));
    if (a.url && !href) li.appendChild(el("div", String(a.url), "url-text"));
    return li;
  }
  function addFacts(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] == null || p[1] === "" || (Array.isArray(p[1]) && !p[1].length)) return;
      dl.appendChild(el("dt", p[0]));
      dl.appendChild(auto(el("dd", Array.isArray(p[1]) ? p[1].join(" · ") : p[1])));
    });
    panel.appendChild(dl);
  }
  function relBlock(j, fromNode) {
    var ei = edgeInfo[j], e = data.edges[j];
    var div = el("div", null, "rel");
    var head = el("div");
    head.appendChild(el("span", ei.type, "rel-type"));
    head.appendChild(document.createTextNode(" "));
    var other = (e.from === fromNode) ? e.to : e.from;
    var both = !!(data.edgeStyles[ei.type] || {}).symmetric;  // one line for either direction
    if (fromNode == null) {
      head.appendChild(nodeLink(e.from));
      head.appendChild(document.createTextNode(both ? " ↔ " : " → "));
      head.appendChild(nodeLink(e.to));
    } else {
      head.appendChild(document.createTextNode(both ? "↔ " : e.from === fromNode ? "→ " : "← "));
      head.appendChild(nodeLink(other));
    }
    if (ei.items.length > 1) head.appendChild(el("span", " (" + plural(ei.items.length, "article") + ")", "sub"));
    div.appendChild(head);
    return div;
  }
  function itemsBlock(items, into, limit) {
    var ul = el("ul");
    items.slice(0, limit).forEach(function (it) {
      ul.appendChild(articleItem(it.article_id, it.published));
      var li = ul.lastChild;
      if (it.quote) li.appendChild(auto(el("div", "«" + it.quote + "»", "quote")));
      if (it.evidence) li.appendChild(auto(el("div", it.evidence, "evidence")));
      var extra = [];
      if (it.confidence != null) extra.push("confidence " + fmtConf(it.confidence));
      if (it.rule) extra.push("rule " + it.rule);
      if (extra.length) li.appendChild(el("div", extra.join(" · "), "sub"));
    });
    if (items.length > limit) ul.appendChild(el("li", "… and " + plural(items.length - limit, "more source", "more sources"), "sub"));
    into.appendChild(ul);
  }

  var incident = null; // node index → edge indices, built on first use
  function edgesOf(i) {
    if (!incident) {
      incident = info.map(function () { return []; });
      data.edges.forEach(function (e, j) { incident[e.from].push(j); if (e.to !== e.from) incident[e.to].push(j); });
    }
    return incident[i];
  }

  function showNode(i) {
    var x = info[i];
    if (!x) return;
    clearPanel();
    panel.appendChild(el("div", x.type, "sub"));
    if (x.type === "Statement") {
      // the whole quote, however long (the canvas label is cut)
      panel.appendChild(auto(el("h2", "«" + x.name + "»", "statement")));
      if (x.speaker != null && byId.has(x.speaker)) {
        var by = el("div", "said by ", "sub");
        by.appendChild(nodeLink(byId.get(x.speaker)));
        panel.appendChild(by);
      }
    } else {
      panel.appendChild(auto(el("h2", x.name)));
    }
    if (x.name_en && x.name_en !== x.name) panel.appendChild(auto(el("div", x.name_en, "sub")));
    addFacts([
      ["Aliases", x.aliases],
      ["Title", x.title],
      ["Kind", x.kind],
      ["Country", x.country],
      ["Confidence", x.confidence != null ? fmtConf(x.confidence) : null],
      ["MET_WITH", x.met ? String(x.met) : null],
      ["Links", String(x.degree)],
      ["Id", x.id]
    ]);
    if (x.merges && x.merges.length) {
      panel.appendChild(el("h3", "Why these names are one node"));
      var mu = el("ul");
      x.merges.forEach(function (m) { mu.appendChild(auto(el("li", m))); });
      panel.appendChild(mu);
    }
    var rels = edgesOf(i);
    if (rels.length) {
      panel.appendChild(el("h3", "Relations (" + rels.length + ")"));
      rels.slice(0, 60).forEach(function (j) {
        var div = relBlock(j, i);
        itemsBlock(edgeInfo[j].items, div, 3);
        panel.appendChild(div);
      });
      if (rels.length > 60) panel.appendChild(el("p", "… and " + plural(rels.length - 60, "more relation", "more relations"), "sub"));
    }
    if (x.articles && x.articles.length) {
      // at most 100 (the most recent) are on the page; articlesMore says how many are not
      panel.appendChild(el("h3", "Articles (" + (x.articlesTotal || x.articles.length) + ")"));
      var ul = el("ul");
      x.articles.slice(0, 100).forEach(function (aid) { ul.appendChild(articleItem(aid)); });
      if (x.articlesMore) ul.appendChild(el("li", x.articlesMore, "sub more"));
      panel.appendChild(ul);
    }
  }
  function showEdge(j) {
    var ei = edgeInfo[j];
    if (!ei) return;
    clearPanel();
    panel.appendChild(el("div", "Relation", "sub"));
    panel.appendChild(el("h2", ei.type));
    panel.appendChild(relBlock(j, null));
    panel.appendChild(el("h3", "Sources (" + ei.items.length + ")"));
    itemsBlock(ei.items, panel, 200);
  }

  network.on("click", function (p) {
    if (p.nodes && p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges && p.edges.length) showEdge(p.edges[0]);
  });

  // ------------------------------------------------------------------ search
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  function find(query, limit) {
    var q = normalize(query);
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < info.length; i++) {
      var keys = info[i].keys, best = 9;
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k], s;
        if (key === q) s = 0;
        else if (key.indexOf(q) === 0) s = 1;
        else if (key.indexOf(" " + q) >= 0) s = 2;
        else if (key.indexOf(q) >= 0) s = 3;
        else continue;
        if (s < best) best = s;
      }
      if (best < 9) hits.push([best, info[i].type === "Statement" ? 1 : 0, -info[i].degree, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.slice(0, limit || 10).map(function (h) { return h[3]; });
  }
  function pick(i) {
    var x = info[i];
    if (!x) return;
    showType(x.type);
    network.selectNodes([i]);
    userMoved = true;
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: meta.big ? false : { duration: 400 } });
    showNode(i);
    results.hidden = true;
  }
  function showResults() {
    while (results.firstChild) results.removeChild(results.firstChild);
    var q = search.value;
    if (!normalize(q)) { results.hidden = true; return; }
    var hits = find(q, 12);
    if (!hits.length) {
      results.appendChild(el("li", "No match", "none"));
    }
    hits.forEach(function (i) {
      var li = el("li");
      var b = el("button");
      b.type = "button";
      b.appendChild(auto(el("span", nodeName(i))));
      if (info[i].name_en && info[i].name_en !== info[i].name) b.appendChild(el("span", " · " + info[i].name_en, "type"));
      b.appendChild(el("span", info[i].type, "type"));
      b.addEventListener("click", function () { pick(i); });
      li.appendChild(b);
      results.appendChild(li);
    });
    results.hidden = false;
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = find(search.value, 1);
      if (hits.length) pick(hits[0]);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      results.hidden = true;
    }
  });
  // for tests, the benchmark and the console
  var byId = new Map();
  info.forEach(function (x, i) { byId.set(x.id, i); });
  window.graphbuild = {
    network: network, nodes: nodes, edges: edges, meta: meta,
    normalize: normalize, find: find, pick: pick, showNode: showNode, showEdge: showEdge,
    fit: fitView, plural: plural,
    index: function (gid) { return byId.has(gid) ? byId.get(gid) : null; },
    hidden: function () {
      return { nodes: nodeHidden.filter(Boolean).length, edges: edgeHidden.filter(Boolean).length };
    }
  };

  document.addEventListener("click", function (ev) {
    if (!document.getElementById("search-box").contains(ev.target)) results.hidden = true;
  });
})();
