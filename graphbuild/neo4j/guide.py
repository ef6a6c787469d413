"""The query library as a Neo4j Browser guide, and the Browser's style sheet.

:func:`guide_html` turns the query files (``cypher/queries/``, or ``queries_dir``)
into an HTML guide that Neo4j Browser plays with ``:play URL``: a first slide with
the style sheet and the list of queries, then one slide per query with its
description, its parameters (each a ``:param name => value`` line to click and run,
keys such as ``$official_key`` folded here by :mod:`graphbuild.text`), and its
Cypher, runnable as it is. Every string of the files and of the graph is
HTML-escaped; values are Cypher string literals.

Example values come from the loaded graph when one is reachable
(:func:`graph_examples`: for each parameter that names an entity, the
best-connected entities of the label the query matches, the first combination
that returns rows); otherwise from the documented defaults
(:func:`default_examples`: ``default X``, and an empty string for a parameter
without one).

``graphbuild.grass`` (package data beside this module) is the Browser's style
sheet: node colours and captions as on graphbuild's page (Official blue, Agency
orange, Country green, Statement purple, captions from ``name``), relationship
colours likewise. :func:`grass` makes it from :mod:`graphbuild.schema`'s styles; a
test keeps the packaged file equal to it.

:func:`publish` writes ``graphbuild.html`` and ``graphbuild.grass`` where the guide
server of a local server (:mod:`graphbuild.neo4j.guideserver`) serves them.
"""

from __future__ import annotations

import html
import itertools
import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import schema
from ..errors import GraphbuildError
from ..fsutil import atomic_write
from .queries import NamedQuery, list_queries, run_query

if TYPE_CHECKING:
    from neo4j import Driver

    from .loader import Neo4jSettings

__all__ = [
    "GUIDE_FILE",
    "GRASS_FILE",
    "Examples",
    "grass",
    "packaged_grass",
    "cypher_literal",
    "param_lines",
    "default_examples",
    "graph_examples",
    "guide_html",
    "write_guide",
    "publish",
]

GUIDE_FILE = "graphbuild.html"
GRASS_FILE = "graphbuild.grass"
#: labels an example may be looked up by (an allow-list: labels are never taken from a file)
EXAMPLE_LABELS = (schema.OFFICIAL, schema.AGENCY, schema.COUNTRY, schema.ENTITY_LABEL)
#: candidates tried per entity parameter, and combinations tried per query
CANDIDATES, ATTEMPTS = 3, 6
_TEXT_COLOUR = "#ffffff"


# --------------------------------------------------------------------------- the style sheet
def grass() -> str:
    """The Browser style sheet of graphbuild's built-in node and relationship styles (those of
    the page: :data:`graphbuild.schema.BUILT_IN_NODES` and ``BUILT_IN_RELATIONS``)."""
    out = [
        "node {\n  diameter: 50px;\n  color: #9c9c9c;\n  border-color: #5c5c5c;\n"
        "  border-width: 2px;\n  text-color-internal: #ffffff;\n  font-size: 10px;\n}",
        "relationship {\n  color: #9c9c9c;\n  shaft-width: 1px;\n  font-size: 8px;\n"
        "  padding: 3px;\n  text-color-external: #000000;\n  text-color-internal: #ffffff;\n"
        '  caption: "<type>";\n}',
    ]
    # Entity (every entity's second label) and Article first, in the neutral colour: a node
    # takes the last rule of its labels, so node.Official etc. below win, and the Browser
    # invents no colour of its own for them
    for label in (schema.ENTITY_LABEL, schema.ARTICLE):
        caption = "{title}" if label == schema.ARTICLE else "{name}"
        out.append(
            f"node.{label} {{\n  color: #9c9c9c;\n  border-color: #5c5c5c;\n"
            f'  text-color-internal: {_TEXT_COLOUR};\n  caption: "{caption}";\n}}'
        )
    for node in schema.BUILT_IN_NODES:
        if node.style is None:
            continue
        caption = "{text}" if node.name == schema.STATEMENT else "{name}"
        out.append(
            f"node.{node.name} {{\n  color: {node.style.background};\n"
            f"  border-color: {node.style.border};\n"
            f'  text-color-internal: {_TEXT_COLOUR};\n  caption: "{caption}";\n}}'
        )
    for rel in schema.BUILT_IN_RELATIONS:
        if rel.style is None:
            continue
        width = "3px" if rel.style.width > 2 else "1px"
        out.append(
            f"relationship.{rel.name} {{\n  color: {rel.style.colour};\n"
            f'  shaft-width: {width};\n  caption: "<type>";\n}}'
        )
    return "\n".join(out) + "\n"


def packaged_grass() -> str:
    """The ``graphbuild.grass`` shipped with the package."""
    return resources.files(__package__).joinpath(GRASS_FILE).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- parameters
def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal (strings quoted and escaped, numbers as they are)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    for a, b in (("\\", "\\\\"), ("'", "\\'"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = text.replace(a, b)
    return f"'{text}'"


def param_lines(query: NamedQuery, values: Mapping[str, Any]) -> list[str]:
    """``:param name => value`` for each parameter of ``query``, then each of its keys
    (the parameter folded as :func:`graphbuild.neo4j.queries.run_query` folds it)."""
    bound = {p: values.get(p, query.defaults.get(p, "")) for p in query.params}
    lines = [f":param {p} => {cypher_literal(v)}" for p, v in bound.items()]
    keys = query.key_values(bound)
    lines += [f":param {k} => {cypher_literal(v)}" for k, v in keys.items()]
    return lines


@dataclass(frozen=True)
class Examples:
    """Example values per query name, and where they come from."""

    values: dict[str, dict[str, Any]]
    from_graph: bool
    source: str  # "the graph at bolt://…" or "the documented defaults"


def default_examples(queries: Iterable[NamedQuery]) -> Examples:
    """Each parameter's documented default (an empty string when it has none)."""
    return Examples(
        {q.name: {p: q.defaults.get(p, "") for p in q.params} for q in queries},
        from_graph=False,
        source="the documented defaults",
    )


_EMPTY = ""


def _entity_label(query: NamedQuery, var: str) -> str:
    """The label the statement matches ``var`` with (``MATCH (var:Label)``), allow-listed."""
    m = re.search(rf"\(\s*{re.escape(var)}\s*:\s*([A-Za-z_][A-Za-z0-9_]*)", query.statement())
    label = m.group(1) if m else schema.ENTITY_LABEL
    return label if label in EXAMPLE_LABELS else schema.ENTITY_LABEL


def _candidates(driver: Driver, settings: Neo4jSettings, label: str) -> list[str]:
    """The names of the best-connected nodes of ``label`` (an allow-listed label)."""
    from .loader import translated

    assert label in EXAMPLE_LABELS
    with translated(settings, "guide"):
        records, _, _ = driver.execute_query(
            f"MATCH (n:{label}) WHERE n.name IS NOT NULL "
            "RETURN n.name AS name ORDER BY COUNT { (n)--() } DESC, n.name LIMIT $k",
            {"k": CANDIDATES},
            database_=settings.database,
        )
    return [str(r["name"]) for r in records]


def _combinations(query: NamedQuery, names: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Up to :data:`ATTEMPTS` assignments of candidate names to the entity parameters (two
    parameters never get the same name), with the defaults of the others."""
    params = list(names)
    out = []
    for combo in itertools.product(*(names[p] for p in params)):
        if len(set(combo)) < len(combo):
            continue
        out.append({**query.defaults, **dict(zip(params, combo, strict=True))})
        if len(out) >= ATTEMPTS:
            break
    return out


def _query_example(
    query: NamedQuery, settings: Neo4jSettings, driver: Driver, queries_dir: str | Path | None
) -> dict[str, Any] | None:
    """The first combination of candidates for which ``query`` returns rows (else the first
    combination; None when an entity parameter has no candidate at all)."""
    names = {
        p: _candidates(driver, settings, _entity_label(query, var))
        for p, var in query.entities.items()
    }
    if any(not v for v in names.values()):
        return None
    combos = _combinations(query, names) or [dict(query.defaults)]
    for values in combos:
        try:
            found = run_query(query.name, values, settings, driver=driver, queries_dir=queries_dir)
            if found.rows:
                return values
        except GraphbuildError:
            continue
    return combos[0]


def graph_examples(
    queries: list[NamedQuery],
    settings: Neo4jSettings,
    driver: Driver,
    queries_dir: str | Path | None = None,
) -> Examples:
    """Example values from the graph behind ``driver``; the defaults where it has none."""
    fallback = default_examples(queries).values
    values, any_found = {}, False
    for q in queries:
        found = _query_example(q, settings, driver, queries_dir) if q.entities else None
        any_found = any_found or found is not None
        values[q.name] = {**fallback[q.name], **(found or {})}
    if not any_found:  # an empty graph: nothing of it in the examples
        return Examples(values, from_graph=False, source="the documented defaults")
    return Examples(values, from_graph=True, source="the loaded graph")


# --------------------------------------------------------------------------- the guide
def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _pre(text: str, kind: str) -> str:
    return f'<pre class="code runnable {kind}">{_e(text)}</pre>'


def _first_slide(queries: list[NamedQuery], style_url: str | None, examples: Examples) -> str:
    if style_url:
        style = (
            "<p>Colours and captions as on graphbuild's page (Official blue, Agency orange,"
            " Country green, Statement purple; captions from <code>name</code>):"
            " click, then run</p>" + _pre(f":style {style_url}", "style")
        )
    else:
        style = (
            "<p>Colours and captions as on graphbuild's page: run <code>:style</code> and"
            f" drop <code>{GRASS_FILE}</code> (beside this guide) on it.</p>"
        )
    items = "".join(f"<li><code>{_e(q.name)}</code>: {_e(q.description)}</li>" for q in queries)
    return (
        '<slide class="row-fluid">\n<div class="col-sm-3" data-query="">\n'
        "<h3>graphbuild queries</h3>\n"
        f'<p class="lead">The {len(queries)} named queries of the query library, one a'
        " slide (next: the arrow at the bottom).</p>\n"
        f"<p>Example values: {_e(examples.source)}.</p>\n</div>\n"
        f'<div class="col-sm-9">\n{style}\n'
        "<p>Meetings of officials:</p>"
        + _pre("MATCH (o:Official)-[:MET_WITH]-(x) RETURN o, x LIMIT 25", "query")
        + f"\n<ol>{items}</ol>\n</div>\n</slide>"
    )


def _query_slide(query: NamedQuery, values: Mapping[str, Any]) -> str:
    params = "".join(
        f"<dt><code>{_e(p)}</code></dt><dd>{_e(meaning)}</dd>"
        for p, meaning in query.params.items()
    )
    lines = param_lines(query, values)
    set_params = (
        "<p>1. Set the parameters (click a line, then run it):</p>\n"
        + "\n".join(_pre(line, "param") for line in lines)
        + "\n<p>2. Run the query:</p>\n"
        if lines
        else "<p>Run the query:</p>\n"
    )
    cli = " ".join(
        ["graphbuild query", query.name]
        + [
            f"-p {shlex.quote(f'{p}={values.get(p, _EMPTY)}')}"
            for p in query.params
            if p not in query.defaults
        ]
    )
    return (
        '<slide class="row-fluid">\n'
        f'<div class="col-sm-3" data-query="{_e(query.name)}">\n'
        f"<h3>{_e(query.name)}</h3>\n"
        f'<p class="lead">{_e(query.description)}</p>\n'
        + (f"<dl>{params}</dl>\n" if params else "")
        + f'</div>\n<div class="col-sm-9">\n{set_params}'
        + _pre(query.statement(), "query pre-scrollable")
        + f"\n<p>The same from a shell: <code>{_e(cli)}</code></p>\n</div>\n</slide>"
    )


def guide_html(
    queries_dir: str | Path | None = None,
    guide_url: str | None = None,
    examples: Examples | None = None,
) -> str:
    """The guide of every query in ``queries_dir`` (the packaged ones by default).

    ``guide_url``: where it is served (the style sheet is beside it, for ``:style``);
    ``examples``: the parameter values (the documented defaults when None)."""
    queries = list_queries(queries_dir)
    examples = examples or default_examples(queries)
    style_url = guide_url.rsplit("/", 1)[0] + "/" + GRASS_FILE if guide_url else None
    slides = [_first_slide(queries, style_url, examples)]
    slides += [_query_slide(q, examples.values.get(q.name, {})) for q in queries]
    body = "\n".join(slides)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>graphbuild queries</title>\n</head>\n<body>\n"
        '<article class="guide">\n<carousel class="deck container-fluid">\n'
        f"{body}\n</carousel>\n</article>\n</body>\n</html>\n"
    )


def write_guide(directory: str | Path, page: str) -> Path:
    """Write ``graphbuild.html`` (``page``) and ``graphbuild.grass`` into ``directory``;
    return the page's path."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    atomic_write(directory / GRASS_FILE, packaged_grass())
    return atomic_write(directory / GUIDE_FILE, page)


def publish(
    directory: str | Path,
    guide_url: str | None,
    settings: Neo4jSettings | None,
    queries_dir: str | Path | None = None,
) -> tuple[Path, Examples]:
    """Write the guide into ``directory`` with examples from the graph at ``settings`` when it
    answers (the documented defaults when ``settings`` is None or it does not)."""
    from .loader import connect

    queries = list_queries(queries_dir)
    examples = default_examples(queries)
    if settings is not None:
        try:
            with connect(settings) as driver:
                examples = graph_examples(queries, settings, driver, queries_dir)
        except GraphbuildError:
            pass
    page = guide_html(queries_dir, guide_url, examples)
    return write_guide(directory, page), examples
