"""Regenerate notebooks/walkthrough.ipynb (outputs stay out of git: cells are empty).

Run after editing CELLS:

    python scripts/make_notebook.py
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]

CELLS = [
    (
        "md",
        """# graphbuild walkthrough

From news articles to a relationship graph: extract, tabulate, analyse with networkx,
look at the page, and (when `NEO4J_URI` is set) load Neo4j and run the named queries.
Run it from the repository root or from `notebooks/` (or set `GRAPHBUILD_ROOT` to the
repository); the page is written to `graphbuild-out/` in the current directory.""",
    ),
    (
        "code",
        """import os
from pathlib import Path

import graphbuild

ROOT = Path(
    os.environ.get("GRAPHBUILD_ROOT")
    or (Path.cwd() if (Path.cwd() / "seeds").is_dir() else Path.cwd().parent)
)
DEV = ROOT / "eval" / "dev" / "articles"
paths = [ROOT / "seeds", DEV]
articles = graphbuild.read_articles(paths)
extractions = graphbuild.extract(articles)
print(
    f"{len(articles)} articles, {sum(len(e.entities) for e in extractions)} entities, "
    f"{sum(len(e.relations) for e in extractions)} relations"
)""",
    ),
    ("md", "## 1. The extraction as a table"),
    (
        "code",
        "import pandas as pd  # only used here, for display",
    ),
    (
        "code",
        """rows = []
names = {e.id: e.name for ex in extractions for e in ex.entities}
for ex in extractions:
    for r in ex.relations:
        rows.append(
            {
                "article": ex.article.id,
                "type": r.type,
                "source": names.get(r.source, r.source),
                "target": names.get(r.target, "") if r.target else "",
                "quote": (r.quote or "")[:60],
                "confidence": r.confidence,
                "rule": r.rule,
            }
        )
relations = pd.DataFrame(rows)
print("RELATIONS", len(relations))
relations.head(20)""",
    ),
    (
        "code",
        """entities = pd.DataFrame(
    [
        {
            "article": ex.article.id,
            "type": e.type,
            "name": e.name,
            "country": e.country,
            "title": e.title,
            "aliases": ", ".join(e.aliases),
        }
        for ex in extractions
        for e in ex.entities
    ]
)
entities.groupby("type").size()""",
    ),
    ("md", "## 2. Analysis with networkx"),
    (
        "code",
        """import networkx as nx

g = graphbuild.build_graph(extractions)
people = nx.Graph()
for u, v, d in g.edges(data=True):
    if d["type"] in ("MET_WITH", "MEMBER_OF"):
        people.add_edge(u, v)


def label(n):
    return g.nodes[n]["name"]


degree = sorted(nx.degree_centrality(people).items(), key=lambda kv: -kv[1])[:8]
between = sorted(nx.betweenness_centrality(people).items(), key=lambda kv: -kv[1])[:8]
print("DEGREE", [(label(n), round(c, 3)) for n, c in degree])
print("BETWEENNESS", [(label(n), round(c, 3)) for n, c in between])""",
    ),
    (
        "code",
        """from networkx.algorithms.community import greedy_modularity_communities

communities = greedy_modularity_communities(people)
for n, com in enumerate(communities[:6]):
    print(f"COMMUNITY {n}:", ", ".join(sorted(label(x) for x in com))[:200])""",
    ),
    (
        "code",
        """# Who bridges two countries:
# officials with MET_WITH counterparts from two or more countries
def country_of(n):
    d = g.nodes[n]
    return d.get("country") if d["type"] in ("Official", "Agency") else None


bridges = []
for n, d in g.nodes(data=True):
    if d["type"] != "Official":
        continue
    met_out = {m for _, m, e in g.out_edges(n, data=True) if e["type"] == "MET_WITH"}
    met_in = {m for m, _, e in g.in_edges(n, data=True) if e["type"] == "MET_WITH"}
    met = met_out | met_in
    countries = {country_of(m) for m in met} | {country_of(n)}
    countries.discard(None)
    if len(countries) >= 2:
        bridges.append((d["name"], sorted(countries)))
print("BRIDGES", bridges)""",
    ),
    ("md", "## 3. The page, inline"),
    (
        "code",
        """from IPython.display import IFrame
from graphbuild.render import render

out = Path("graphbuild-out")
out.mkdir(exist_ok=True)
page = render(g, out / "walkthrough.html", title="walkthrough")
print("PAGE", page, page.stat().st_size, "bytes")
IFrame(src=os.path.relpath(page, Path.cwd()), width="100%", height=520)""",
    ),
    (
        "md",
        """## 4. Neo4j (only when `NEO4J_URI` is set)

Start a local server with `graphbuild neo4j start` (password from `NEO4J_PASSWORD`),
or point `NEO4J_URI` at any Neo4j 5.""",
    ),
    (
        "code",
        """if os.environ.get("NEO4J_URI"):
    from graphbuild.neo4j import Neo4jSettings, format_result, list_queries, load_graph, run_query

    settings = Neo4jSettings.from_env(os.environ)
    summary = load_graph(g, settings, quiet=True)
    print("LOADED", summary)
    official = next(d["name"] for _, d in g.nodes(data=True) if d["type"] == "Official")
    examples = {"who_met": {"official": official}, "top_meeters": {"limit": 5}}
    for q in list_queries():
        print("QUERY", q.name, "-", q.description)
    for name, params in examples.items():
        print(format_result(run_query(name, params, settings), "table"))
else:
    print("NEO4J_URI is not set: skipping the Neo4j part")""",
    ),
]


def build() -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.cells = [
        new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in CELLS
    ]
    for n, cell in enumerate(nb.cells):  # stable ids: regenerating changes only what changed
        cell["id"] = f"cell-{n:02d}"
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nb


def main() -> None:
    path = ROOT / "notebooks" / "walkthrough.ipynb"
    path.parent.mkdir(exist_ok=True)
    nbformat.write(build(), str(path))
    print(path)


if __name__ == "__main__":
    main()
