"""The registry of node and relation types (graphbuild.schema), and everything that reads it."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

import graphbuild
from graphbuild import schema
from graphbuild.errors import InputError
from graphbuild.evaluate import TYPE_KEYS
from graphbuild.graph import build_graph
from graphbuild.model import ENTITY_TYPES, RELATION_TYPES
from graphbuild.neo4j import loader
from graphbuild.nlp.extract import extract_article
from graphbuild.nlp.relations import BUILT_IN, default_registry
from graphbuild.render import EDGE_STYLES, NODE_STYLES, build_page_data, render_html
from toy_relation import ARTICLE, PHONED, RULE, STYLE, toy_phoned

PKG = Path(graphbuild.__file__).parent
CYPHER = loader.cypher_dir()


# --------------------------------------------------------------------------- the built-in types
def test_built_in_types():
    assert [t.name for t in schema.node_types()] == [
        "Article",
        "Official",
        "Agency",
        "Country",
        "Statement",
    ]
    assert [t.name for t in schema.relation_types()] == [
        "MENTIONED_IN",
        "MET_WITH",
        "MEMBER_OF",
        "SAID",
        "MENTIONS",
        "REPORTED_IN",
    ]
    assert schema.entity_types() == ENTITY_TYPES == ("Official", "Agency", "Country")
    assert schema.scored_relation_types() == RELATION_TYPES == ("MET_WITH", "MEMBER_OF", "SAID")
    assert TYPE_KEYS == ENTITY_TYPES + RELATION_TYPES
    assert [t.name for t in schema.relation_types() if t.symmetric] == ["MET_WITH"]
    assert [t.name for t in schema.relation_types() if t.quoted] == ["SAID"]
    assert [t.name for t in schema.link_types()] == ["MET_WITH", "MEMBER_OF"]


def test_endpoints():
    met, member, said = (schema.relation_type(n) for n in ("MET_WITH", "MEMBER_OF", "SAID"))
    # a host country is a side of a meeting (FORMAT.md's gold: "a meeting hosted by France")
    assert met.allows("Official", "Agency") and met.allows("Official", "Country")
    assert not met.allows("Official", "Statement")
    assert member.allows("Agency", "Country") and not member.allows("Country", "Agency")
    # a country speaks through its ambassadors or a joint statement (FORMAT.md's gold has them)
    assert said.allows("Country", "Statement") and said.allows("Agency", "Statement")
    assert said.targets == ("Statement",) and schema.relation_type("MENTIONS").sources == (
        "Statement",
    )
    assert schema.relation_type("MENTIONED_IN").targets == ("Article",)


def test_page_styles_are_the_documented_ones():
    """README: Official blue circle, Agency orange square, Country green diamond, Statement
    purple triangle; MET_WITH red line, MEMBER_OF blue dashed arrow, SAID purple arrow,
    MENTIONS grey dotted arrow."""
    shapes = {t: s["shape"] for t, s in NODE_STYLES.items()}
    assert shapes == {
        "Official": "dot",
        "Agency": "square",
        "Country": "diamond",
        "Statement": "triangle",
    }
    colours = {t: s["color"]["background"] for t, s in NODE_STYLES.items()}
    assert colours == {
        "Official": "#4e79a7",
        "Agency": "#f28e2b",
        "Country": "#59a14f",
        "Statement": "#b07aa1",
    }
    edges = {
        t: (s["color"], s["dashes"], s["arrows"], s["symmetric"]) for t, s in EDGE_STYLES.items()
    }
    assert edges == {
        "MET_WITH": ("#e15759", False, "", True),
        "MEMBER_OF": ("#4e79a7", [8, 5], "to", False),
        "SAID": ("#b07aa1", False, "to", False),
        "MENTIONS": ("#9c9c9c", [2, 4], "to", False),
    }
    assert "Article" not in NODE_STYLES and "MENTIONED_IN" not in EDGE_STYLES  # never drawn


# ---------------------------------------------------------------------- Cypher files and the loader
def test_every_type_has_its_cypher_load_file():
    for t in (*schema.node_types(), *schema.relation_types()):
        if t.load is not None:
            path = schema.load_files(CYPHER)[t.load_name]
            assert path == CYPHER / "load" / f"{t.load_name}.cypher" and path.is_file(), t.name
    assert all(
        t.load for t in schema.relation_types()
    )  # every relationship is written by some file
    shipped = {p.stem for p in (CYPHER / "load").glob("*.cypher")}
    assert set(schema.load_files(CYPHER)) == shipped  # and no load file is left without a type


def test_each_load_file_writes_the_types_that_name_it():
    """A relation type's file MERGEs that relationship; an entity type's file MERGEs that label."""
    for t in schema.relation_types():
        text = loader.read_statements(schema.load_files(CYPHER)[t.load_name])[0]
        assert re.search(rf"MERGE \([^)]*\)-\[\w*:{t.name}\b", text), t.name
    for t in schema.node_types():
        if t.load is not None:
            text = loader.read_statements(schema.load_files(CYPHER)[t.load_name])[0]
            assert re.search(rf"MERGE \(\w+:{t.name}\b", text), t.name


def test_every_label_and_type_the_loader_uses_comes_from_the_registry():
    labels = set(schema.labels())
    types = {t.name for t in schema.relation_types()}
    assert set(loader.entity_files()) == set(schema.entity_types())
    assert set(loader.relation_files()) == {t.name for t in schema.link_types()} <= types
    assert loader.load_order() == loader.LOAD_ORDER == tuple(schema.load_files(CYPHER))
    for name in loader.load_order():
        text = loader._load_statement(name)
        used_labels = set(re.findall(r"\(\w*:(\w+)", text)) | set(
            re.findall(r"\bSET \w+:(\w+)", text)
        )
        assert used_labels <= labels, (name, used_labels - labels)
        assert set(re.findall(r"\[\w*:(\w+)", text)) <= types, name
        assert schema.load_shape(name) != (0, 0), name
    # and the loader's code names no type itself
    assert _type_literals(PKG / "neo4j" / "loader.py") == []


def _type_literals(path: Path) -> list[tuple[int, str]]:
    """String constants (not docstrings) of ``path`` that are a registered type name."""
    names = {t.name for t in (*schema.node_types(), *schema.relation_types())} | {
        schema.ENTITY_LABEL
    }
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(getattr(n, "body", None), list)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and n.value in names
        and id(n) not in docs
    ]


@pytest.mark.parametrize(
    "module",
    [
        "graph.py",
        "evaluate.py",
        "resolve.py",
        "render.py",
        "model.py",
        "nlp/assemble.py",
        "nlp/relations/registry.py",
        "nlp/relations/stage.py",
    ],
)
def test_readers_of_the_registry_name_no_type_themselves(module):
    assert _type_literals(PKG / module) == []


# --------------------------------------------------------------------------- registering
def test_registering_checks_the_type():
    with pytest.raises(ValueError, match="already registered"):
        schema.register(schema.RelationType("MET_WITH", ("Official",), ("Official",), load="x"))
    with pytest.raises(ValueError, match="endpoints must be registered node labels"):
        schema.register(schema.RelationType("OWNS", ("Official",), ("Company",), load="rel_owns"))
    with pytest.raises(ValueError, match="a quoted relation ends at a Statement"):
        schema.register(
            schema.RelationType(
                "WROTE", ("Official",), ("Official",), load="rel_wrote", quoted=True
            )
        )
    with pytest.raises(ValueError, match="not a file stem"):
        schema.register(
            schema.RelationType("OWNS", ("Official",), ("Agency",), load="../../etc/owns")
        )
    with pytest.raises(ValueError, match="starting with a capital"):
        schema.register(schema.NodeType("person"))
    assert schema.get_relation_type("OWNS") is None


def test_registered_types_last_for_the_with_block_only(tmp_path):
    toy = schema.RelationType(
        "VISITED", ("Official",), ("Country",), load=tmp_path / "rel_visited.cypher"
    )
    with schema.registered(toy):
        assert (
            schema.relation_type("VISITED") is toy
            and list(schema.load_files(CYPHER))[-1] == "rel_visited"
        )
        with pytest.raises(ValueError, match="already registered"):
            schema.register(toy)
    assert schema.get_relation_type("VISITED") is None
    assert "rel_visited" not in schema.load_files(CYPHER)
    with pytest.raises(KeyError, match="no relation type 'VISITED'"):
        schema.relation_type("VISITED")


def test_extraction_registers_only_schema_types_and_finds_its_modules():
    assert {m.__name__.rsplit(".", 1)[1] for m in BUILT_IN} == {"member_of", "met_with", "said"}
    assert set(default_registry().relations) == set(schema.scored_relation_types())
    assert not any(
        f.name in ("symmetric", "keyed_by_quote")
        for f in dataclasses.fields(type(default_registry().relations["MET_WITH"]))
    )  # the schema says it, once


# --------------------------------------------------------------------------- a toy type, end to end
def test_a_toy_relation_type_reaches_extraction_graph_page_and_loader(tmp_path):
    with toy_phoned(tmp_path) as toy:
        # extraction: the toy cue handler finds it;
        # symmetric, so "A phoned B" and "B phoned A" are one
        ex = extract_article(ARTICLE, registry=toy.registry, lexicon=toy.lexicon)
        names = {e.id: e.name for e in ex.entities}
        (rel,) = [r for r in ex.relations if r.type == PHONED]
        assert {names[rel.source], names[rel.target]} == {"Karim Haddad", "Tom Reyes"}
        assert (rel.rule, rel.confidence) == (RULE, 0.6)
        # the graph
        g = build_graph([ex])
        assert [(u, v) for u, v, d in g.edges(data=True) if d["type"] == PHONED] == [
            (rel.source, rel.target)
        ]
        # the page: its style in the data, on its line and in the legend
        data = build_page_data(g)
        assert data["edgeStyles"][PHONED] == {**STYLE.vis(), "symmetric": True}
        (i,) = [n for n, e in enumerate(data["edgeInfo"]) if e["type"] == PHONED]
        assert data["edges"][i]["color"]["color"] == "#76b7b2" and data["edges"][i]["dashes"] == [
            4,
            2,
        ]
        assert data["meta"]["edge_counts"][PHONED] == 1
        assert 'id="filter-edge-PHONED"' in render_html(g)
        # the loader: its rows, in its own file, after the nodes they match
        rows = loader.graph_rows(g)
        (row,) = rows["rel_phoned"]
        assert (row["source"], row["target"], row["article_id"], row["rule"], row["count"]) == (
            rel.source,
            rel.target,
            "toy1",
            RULE,
            1,
        )
        assert (
            loader.load_order()[-1] == "rel_phoned"
            and loader.relation_files()[PHONED] == "rel_phoned"
        )
        assert loader._load_statement("rel_phoned") == loader.read_statements(toy.cypher)[0]
        assert schema.load_shape("rel_phoned") == (0, 1)
    # outside the block the type is unknown again, and the loader refuses it
    assert PHONED not in EDGE_STYLES and "rel_phoned" not in loader.load_order()
    with pytest.raises(InputError, match="has type 'PHONED'"):
        loader.graph_rows(g)


def test_the_toy_keeps_both_directions_when_it_is_not_symmetric(tmp_path):
    with toy_phoned(tmp_path, symmetric=False) as toy:
        ex = extract_article(ARTICLE, registry=toy.registry, lexicon=toy.lexicon)
        assert len([r for r in ex.relations if r.type == PHONED]) == 2
        assert build_page_data(build_graph([ex]))["edgeStyles"][PHONED]["symmetric"] is False
