"""Every named query in cypher/queries against the real server, and query_graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import EntityNotFound, QueryParameterError
from graphbuild.neo4j.loader import load_graph
from graphbuild.neo4j.queries import (
    format_result,
    list_queries,
    parse_params,
    query_graph,
    run_query,
)

from sample_data import AQILA, BORIS, HOR, SARRAJ

pytestmark = pytest.mark.integration


@pytest.fixture()
def loaded(driver, settings, sample_graph):
    load_graph(sample_graph, settings, driver=driver, quiet=True)
    return settings


def rows(name, params, settings, driver):
    return run_query(name, params, settings, driver=driver).rows


@pytest.mark.parametrize("spelling", ["جونسون", "بوريس جونسون", BORIS, "بُورِيس جُونسون"])
def test_who_met(loaded, driver, spelling):
    got = rows("who_met", {"official": spelling}, loaded, driver)
    assert [(r["met"], r["meetings"], r["articles"], r["first"], r["last"]) for r in got] == [
        ("عقيلة صالح", 1, ["a1"], "2017-05-04", "2017-05-04"),
        ("فايز السرّاج", 1, ["a2"], "2017-06-01", "2017-06-01"),
    ]
    assert {r["official"] for r in got} == {"بوريس جونسون"}


def test_who_met_from_the_other_side(loaded, driver):
    got = rows("who_met", {"official": "عقيله صالح"}, loaded, driver)  # ة written ه
    assert [(r["met"], r["type"], r["country"]) for r in got] == [
        ("بوريس جونسون", "Official", "GBR")
    ]


def test_agency_members(loaded, driver):
    got = rows("agency_members", {"agency": "مجلس النواب"}, loaded, driver)
    assert [(r["agency"], r["member"], r["type"], r["articles"]) for r in got] == [
        ("مجلس النواب الليبي", "عقيلة صالح", "Official", ["a1"])
    ]
    assert rows("agency_members", {"agency": HOR}, loaded, driver) == got


def test_official_statements(loaded, driver):
    got = rows("official_statements", {"official": "جونسون"}, loaded, driver)
    assert len(got) == 1
    r = got[0]
    assert r["speaker"] == "بوريس جونسون" and r["quote"] == "بريطانيا تدعم ليبيا"
    assert r["article_id"] == "a1" and r["published"] == "2017-05-04"
    assert r["mentions"] == sorted(["بريطانيا", "ليبيا"])
    assert r["evidence"] == "قال جونسون إن بريطانيا تدعم ليبيا."


@pytest.mark.parametrize("country", ["LBY", "lby", "Country:LBY", "ليبيا", "Libya", "الليبي"])
def test_country_officials(loaded, driver, country):
    got = rows("country_officials", {"country": country}, loaded, driver)
    assert {r["official"] for r in got} == {"عقيلة صالح", "فايز السرّاج"}
    aqila = next(r for r in got if r["official"] == "عقيلة صالح")
    assert aqila["agencies"] == ["مجلس النواب الليبي"] and aqila["articles"] == 1


def test_country_meetings(loaded, driver):
    got = rows("country_meetings", {"country_a": "GBR", "country_b": "ليبيا"}, loaded, driver)
    assert [(r["official_a"], r["official_b"], r["meetings"], r["articles"]) for r in got] == [
        ("بوريس جونسون", "عقيلة صالح", 1, ["a1"]),
        ("بوريس جونسون", "فايز السرّاج", 1, ["a2"]),
    ]
    assert rows("country_meetings", {"country_a": "GBR", "country_b": "GBR"}, loaded, driver) == []


def test_shortest_path(loaded, driver):
    (r,) = rows("shortest_path", {"source": "فايز السراج", "target": "عقيلة صالح"}, loaded, driver)
    assert r["hops"] == 2 and r["names"] == ["فايز السرّاج", "بوريس جونسون", "عقيلة صالح"]
    assert r["types"] == ["MET_WITH", "MET_WITH"]
    (r,) = rows("shortest_path", {"source": SARRAJ, "target": "Country:GBR"}, loaded, driver)
    assert r["hops"] == 3 and r["types"] == ["MET_WITH", "SAID", "MENTIONS"]
    assert rows("shortest_path", {"source": SARRAJ, "target": SARRAJ}, loaded, driver) == []


def test_ego_network_depth_is_a_parameter(loaded, driver):
    one = rows("ego_network", {"entity": "بوريس جونسون", "depth": 1}, loaded, driver)
    assert sorted((r["type"], r["article_id"]) for r in one) == [
        ("MET_WITH", "a1"),
        ("MET_WITH", "a2"),
        ("SAID", "a1"),
    ]
    two = rows("ego_network", {"entity": "بوريس جونسون"}, loaded, driver)  # default depth 2
    assert sorted(r["type"] for r in two) == [
        "MEMBER_OF",
        "MENTIONS",
        "MENTIONS",
        "MET_WITH",
        "MET_WITH",
        "SAID",
    ]
    three = rows("ego_network", {"entity": "بوريس جونسون", "depth": 3}, loaded, driver)
    assert len(three) == 7  # + agency MEMBER_OF country
    assert (
        len(rows("ego_network", {"entity": "بوريس جونسون", "depth": 3, "limit": 2}, loaded, driver))
        == 2
    )


def test_top_meeters(loaded, driver):
    got = rows("top_meeters", {}, loaded, driver)
    assert [(r["official"], r["meetings"], r["counterparts"], r["articles"]) for r in got] == [
        ("بوريس جونسون", 2, 2, 2),
        ("عقيلة صالح", 1, 1, 1),
        ("فايز السرّاج", 1, 1, 1),
    ]
    assert len(rows("top_meeters", {"limit": 1}, loaded, driver)) == 1


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("عقيلة", AQILA),
        ("عقيله", AQILA),  # ة / ه
        ("عَقِيلَة صَالِح", AQILA),  # diacritics
        ("فايز السرّاج", SARRAJ),  # shadda
        ("السراج", SARRAJ),
        ("سراج", SARRAJ),  # without ال
        ("جونسون", BORIS),
        ("جونسن~", BORIS),  # fuzzy
        ("ليبيا", "Country:LBY"),
        ("مجلس النواب", HOR),
    ],
)
def test_entity_lookup_finds_any_spelling(loaded, driver, spelling, expected):
    got = rows("entity_lookup", {"name": spelling}, loaded, driver)
    assert got and got[0]["id"] == expected, got


def test_entity_lookup_survives_lucene_special_characters(loaded, driver):
    assert isinstance(rows("entity_lookup", {"name": "جونسون (وزير): [x]"}, loaded, driver), list)


def test_every_query_runs_and_formats(loaded, driver):
    params = {
        "who_met": {"official": "جونسون"},
        "agency_members": {"agency": "مجلس النواب"},
        "official_statements": {"official": "جونسون"},
        "country_officials": {"country": "LBY"},
        "country_meetings": {"country_a": "GBR", "country_b": "LBY"},
        "shortest_path": {"source": "السراج", "target": "عقيلة صالح"},
        "ego_network": {"entity": "جونسون"},
        "top_meeters": {},
        "entity_lookup": {"name": "جونسون"},
    }
    for q in list_queries():
        res = run_query(q.name, params[q.name], loaded, driver=driver)
        assert res.rows, q.name
        for fmt in ("table", "json", "csv"):
            assert format_result(res, fmt)
        json.loads(format_result(res, "json"))


def test_query_graph_of_a_path(loaded, driver):
    g = query_graph(
        "shortest_path", {"source": "السراج", "target": "عقيلة صالح"}, loaded, driver=driver
    )
    assert set(g.nodes) == {SARRAJ, BORIS, AQILA}
    assert g.nodes[SARRAJ]["type"] == "Official" and g.nodes[SARRAJ]["name"] == "فايز السرّاج"
    assert g.nodes[BORIS]["aliases"] == sorted(["السيد جونسون", "جونسون", "وزير الخارجية جونسون"])
    edges = sorted((u, v, d["type"], d["article_id"]) for u, v, d in g.edges(data=True))
    assert edges == [(BORIS, AQILA, "MET_WITH", "a1"), (BORIS, SARRAJ, "MET_WITH", "a2")]
    assert all(k.startswith("MET_WITH|") for _, _, k in g.edges(keys=True))


def test_query_graph_of_an_ego_network_has_the_graph_shape(loaded, driver):
    from graphbuild.graph import graph_summary

    g = query_graph("ego_network", {"entity": "جونسون", "depth": 2}, loaded, driver=driver)
    assert graph_summary(g) == {
        "nodes": {"Agency": 1, "Country": 2, "Official": 3, "Statement": 1},
        "edges": {"MEMBER_OF": 1, "MENTIONS": 2, "MET_WITH": 2, "SAID": 1},
    }
    (st,) = [n for n, d in g.nodes(data=True) if d["type"] == "Statement"]
    assert g.nodes[st]["text"] == "بريطانيا تدعم ليبيا" and g.nodes[st]["speaker"] == BORIS
    said = [d for _, _, d in g.edges(data=True) if d["type"] == "SAID"][0]
    assert said["quote"] == "بريطانيا تدعم ليبيا" and said["evidence"]
    assert g.graph["query"]["params"] == {"entity": "جونسون", "depth": 2, "limit": 500}


def test_query_graph_renders(loaded, driver, tmp_path):
    from graphbuild import render

    g = query_graph("ego_network", {"entity": "جونسون"}, loaded, driver=driver)
    path = render.render(g, tmp_path / "q.html", title="ego")
    assert "جونسون" in Path(path).read_text(encoding="utf-8")


def test_cli_query_json_and_list(loaded):
    runner = CliRunner()
    res = runner.invoke(app, ["query", "who_met", "-p", "official=جونسون", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [r["met"] for r in json.loads(res.stdout)] == ["عقيلة صالح", "فايز السرّاج"]
    res = runner.invoke(app, ["query", "--list"])
    assert res.exit_code == 0 and "ego_network" in res.stdout and "depth" in res.stdout
    res = runner.invoke(app, ["query", "top_meeters", "-p", "limit=1", "-f", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[1].startswith("بوريس جونسون,GBR")


# --------------------------------------------------------------------------- unknown entities
UNKNOWN = "زيد المجهول"

ENTITY_PARAMS = [  # (query, params, the parameter that names nobody)
    ("ego_network", {"entity": UNKNOWN}, "entity"),
    ("entity_lookup", {"name": UNKNOWN}, "name"),
    ("entity_lookup", {"name": "Libya"}, "name"),  # name_en is not in the full-text index
    ("who_met", {"official": UNKNOWN}, "official"),
    ("who_met", {"official": "ليبيا"}, "official"),  # a country is not an official
    ("official_statements", {"official": UNKNOWN}, "official"),
    ("agency_members", {"agency": UNKNOWN}, "agency"),
    ("country_officials", {"country": "XYZ"}, "country"),
    ("country_meetings", {"country_a": "GBR", "country_b": UNKNOWN}, "country_b"),
    ("shortest_path", {"source": UNKNOWN, "target": "عقيلة صالح"}, "source"),
    ("shortest_path", {"source": "عقيلة صالح", "target": UNKNOWN}, "target"),
]


@pytest.mark.parametrize(("name", "params", "param"), ENTITY_PARAMS)
def test_unknown_entity_is_entity_not_found(loaded, driver, name, params, param):
    with pytest.raises(EntityNotFound) as info:
        run_query(name, params, loaded, driver=driver)
    assert str(info.value).startswith(f"no entity matches {params[param]!r}")
    assert info.value.param == param and info.value.exit_code == 8
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("name", ["ego_network", "entity_lookup"])
def test_unknown_entity_in_query_graph(loaded, driver, name):
    key = "entity" if name == "ego_network" else "name"
    with pytest.raises(EntityNotFound, match=f"no entity matches '{UNKNOWN}'"):
        query_graph(name, {key: UNKNOWN}, loaded, driver=driver)


def test_a_known_entity_with_nothing_to_show_is_an_empty_result(loaded, driver):
    assert rows("official_statements", {"official": "عقيلة صالح"}, loaded, driver) == []
    assert rows("shortest_path", {"source": SARRAJ, "target": SARRAJ}, loaded, driver) == []


def test_a_number_naming_an_entity_is_looked_up_as_text(loaded, driver):
    with pytest.raises(EntityNotFound, match="no entity matches '2017'"):
        run_query("ego_network", parse_params(["entity=2017"]), loaded, driver=driver)


def test_an_empty_database_has_no_entities(settings, driver):
    with pytest.raises(EntityNotFound):
        run_query("ego_network", {"entity": "جونسون"}, settings, driver=driver)


# --------------------------------------------------------------------------- parameter ranges
@pytest.mark.parametrize("depth", [0, 4, -1, "two"])
def test_ego_network_depth_out_of_range(loaded, driver, depth):
    with pytest.raises(QueryParameterError, match="depth must be") as info:
        run_query("ego_network", {"entity": "جونسون", "depth": depth}, loaded, driver=driver)
    assert "1 to 3" in str(info.value)
    with pytest.raises(QueryParameterError):
        query_graph("ego_network", {"entity": "جونسون", "depth": depth}, loaded, driver=driver)


def test_ego_network_depth_bounds_are_accepted(loaded, driver):
    assert rows("ego_network", {"entity": "جونسون", "depth": 1}, loaded, driver)
    assert rows("ego_network", {"entity": "جونسون", "depth": "3"}, loaded, driver)


@pytest.mark.parametrize(
    "text", ["99999999999999999999999", "9223372036854775808", "9" * 5000, "0", "-5"]
)
def test_a_huge_or_nonpositive_limit_is_a_parameter_error(loaded, driver, text):
    params = parse_params([f"limit={text}"])
    for name, extra in (
        ("top_meeters", {}),
        ("ego_network", {"entity": "جونسون"}),
        ("entity_lookup", {"name": "جونسون"}),
    ):
        with pytest.raises(QueryParameterError, match="limit must be") as info:
            run_query(name, {**extra, **params}, loaded, driver=driver)
        message = str(info.value)
        assert "\n" not in message and len(message) < 200, message


def test_cli_exit_codes_for_unknown_entity_and_bad_range(loaded):
    runner = CliRunner()
    res = runner.invoke(app, ["query", "ego_network", "-p", f"entity={UNKNOWN}"])
    assert res.exit_code == 8, res.output
    assert f"no entity matches '{UNKNOWN}'" in res.output
    res = runner.invoke(app, ["query", "ego_network", "-p", "entity=جونسون", "-p", "depth=4"])
    assert res.exit_code == 2 and "depth must be from 1 to 3" in res.output, res.output
    res = runner.invoke(app, ["query", "top_meeters", "-p", "limit=99999999999999999999999"])
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    assert len([ln for ln in res.output.splitlines() if ln.strip()]) == 1, res.output


# ------------------------------------------------------------------------ articles of a query graph
def _edge_articles(g) -> set[str]:
    return {d["article_id"] for _, _, d in g.edges(data=True) if d.get("article_id")}


@pytest.mark.parametrize(
    ("name", "params"),
    [
        ("ego_network", {"entity": "جونسون", "depth": 1}),
        ("ego_network", {"entity": "جونسون", "depth": 3}),
        ("ego_network", {"entity": "عقيلة صالح", "depth": 1}),
        ("shortest_path", {"source": "السراج", "target": "عقيلة صالح"}),
    ],
)
def test_query_graph_carries_the_articles_of_its_result(loaded, driver, name, params):
    g = query_graph(name, params, loaded, driver=driver)
    assert g.number_of_edges() > 0
    assert set(g.graph["articles"]) == _edge_articles(g)
    for aid, meta in g.graph["articles"].items():
        assert meta["id"] == aid and meta["lang"] == "ar" and meta["title"] and meta["published"]
    for n, d in g.nodes(data=True):
        assert set(d["articles"]) <= set(g.graph["articles"]), n


def test_query_graph_article_metadata(loaded, driver):
    g = query_graph("ego_network", {"entity": "عقيلة صالح", "depth": 1}, loaded, driver=driver)
    assert g.graph["articles"] == {
        "a1": {
            "id": "a1",
            "title": "وزير الخارجية يزور طبرق",
            "url": "https://example.org/a1",
            "published": "2017-05-04",
            "lang": "ar",
            "source": "example",
        }
    }
    g = query_graph(
        "shortest_path", {"source": "السراج", "target": "عقيلة صالح"}, loaded, driver=driver
    )
    assert sorted(g.graph["articles"]) == ["a1", "a2"]
    assert (
        g.graph["articles"]["a2"]["title"] == "Second" and g.graph["articles"]["a2"]["url"] is None
    )


def test_query_graph_articles_of_bare_nodes_and_statements(loaded, driver, tmp_path):
    (tmp_path / "nodes.cypher").write_text(
        "// description: an official and what he said, without relationships\n"
        "// param official: an official's id\n"
        "MATCH (o:Official {id: $official})\n"
        "// entity official: o\n"
        "OPTIONAL MATCH (o)-[:SAID]->(st:Statement)\n"
        "RETURN o, st;\n",
        encoding="utf-8",
    )
    g = query_graph("nodes", {"official": BORIS}, loaded, driver=driver, queries_dir=tmp_path)
    assert g.number_of_edges() == 0
    (st,) = [n for n, d in g.nodes(data=True) if d["type"] == "Statement"]
    assert g.nodes[st]["article_id"] == "a1" and g.nodes[st]["articles"] == ["a1"]
    assert g.nodes[BORIS]["articles"] == ["a1", "a2"]  # the articles that mention him
    assert sorted(g.graph["articles"]) == ["a1", "a2"]
    with pytest.raises(EntityNotFound):
        query_graph(
            "nodes", {"official": "Official:nobody"}, loaded, driver=driver, queries_dir=tmp_path
        )


def test_query_graph_of_scalar_rows_is_empty(loaded, driver):
    g = query_graph("top_meeters", {}, loaded, driver=driver)
    assert g.number_of_nodes() == 0 and g.graph["articles"] == {}
