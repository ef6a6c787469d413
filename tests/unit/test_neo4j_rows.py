"""The Neo4j loader without a database: rows, batches, cypher files, error mapping, queries."""

from __future__ import annotations

import re

import networkx as nx
import pytest
from neo4j import exceptions as ne

from graphbuild.errors import (
    CypherError,
    InputError,
    Neo4jAuthError,
    Neo4jDatabaseError,
    Neo4jError,
    Neo4jUnavailable,
    QueryNotFound,
)
from graphbuild.graph import build_graph
from graphbuild.model import statement_id
from graphbuild.neo4j import loader, queries
from graphbuild.neo4j.loader import LOAD_ORDER, Neo4jSettings, batched, graph_rows, translate_error
from sample_data import AQILA, BORIS, HOR, SARRAJ, sample_extractions

SECRET = "s3cret-pässword"


@pytest.fixture()
def rows():
    return graph_rows(build_graph(sample_extractions()))


def test_rows_cover_every_load_file_in_order(rows):
    assert [k for k in rows if not k.startswith("_")] == list(LOAD_ORDER)


def test_article_rows(rows):
    assert [r["id"] for r in rows["articles"]] == ["a1", "a2"]
    assert rows["articles"][0] == {
        "id": "a1",
        "title": "وزير الخارجية يزور طبرق",
        "url": "https://example.org/a1",
        "published": "2017-05-04",
        "lang": "ar",
        "source": "example",
    }


def test_entity_rows_by_label_with_sorted_merged_aliases(rows):
    officials = {r["id"]: r for r in rows["entities_official"]}
    assert set(officials) == {BORIS, AQILA, SARRAJ}
    assert officials[BORIS]["aliases"] == sorted(["جونسون", "وزير الخارجية جونسون", "السيد جونسون"])
    assert [r["id"] for r in rows["entities_agency"]] == [HOR]
    assert [r["id"] for r in rows["entities_country"]] == ["Country:GBR", "Country:LBY"]
    assert rows["entities_country"][1]["name_en"] == "Libya"


def test_search_terms_fold_arabic_spelling(rows):
    aqila = next(r for r in rows["entities_official"] if r["id"] == AQILA)
    assert aqila["search_terms"] == ["عقيله صالح"]  # ة → ه
    sarraj = next(r for r in rows["entities_official"] if r["id"] == SARRAJ)
    assert "فايز السراج" in sarraj["search_terms"]  # shadda stripped
    assert loader.search_terms("أحمد", ["إبراهيم", "مؤتمر", "رئيس", "مُحَمَّد", "أحمد"]) == [
        "ابراهيم",
        "احمد",
        "رييس",
        "محمد",
        "موتمر",
    ]


def test_parallel_edges_become_one_row_with_earliest_evidence(rows):
    met = {(r["source"], r["target"], r["article_id"]): r for r in rows["rel_met_with"]}
    assert set(met) == {(BORIS, AQILA, "a1"), (BORIS, SARRAJ, "a2")}
    r = met[(BORIS, SARRAJ, "a2")]
    assert r["count"] == 2 and r["start"] == 0 and r["evidence"] == "التقى جونسون السراج."
    assert r["confidence"] == 0.8 and r["published"] == "2017-06-01"
    assert len(rows["rel_member_of"]) == 2


def test_said_statement_and_mentions(rows):
    (said,) = rows["said"]
    assert said["id"] == statement_id("a1", BORIS, "بريطانيا تدعم ليبيا", 80)
    assert (
        said["speaker"] == BORIS and said["text"] == "بريطانيا تدعم ليبيا" and said["lang"] == "ar"
    )
    assert {(m["statement"], m["entity"]) for m in rows["mentions"]} == {
        (said["id"], "Country:GBR"),
        (said["id"], "Country:LBY"),
    }


def test_mentioned_in_links_every_entity_to_its_articles(rows):
    links = {(r["entity"], r["article_id"]) for r in rows["mentioned_in"]}
    assert (BORIS, "a1") in links and (BORIS, "a2") in links and ("Country:LBY", "a2") in links
    assert len(links) == len(rows["mentioned_in"])


def test_rows_are_deterministic():
    assert graph_rows(build_graph(sample_extractions())) == graph_rows(
        build_graph(sample_extractions())
    )


def test_unknown_node_type_is_refused():
    g = build_graph(sample_extractions())
    g.nodes[BORIS]["type"] = "Person) DETACH DELETE (x"
    with pytest.raises(InputError, match="not one of"):
        graph_rows(g)


def test_an_edge_between_labels_its_type_does_not_allow_is_refused():
    g = build_graph(sample_extractions())
    g.add_edge("Country:GBR", BORIS, key="MEMBER_OF|a1|99", type="MEMBER_OF", article_id="a1")
    with pytest.raises(
        InputError,
        match=re.escape(
            f"edge 'MEMBER_OF|a1|99' goes from Country 'Country:GBR' to Official {BORIS!r}; "
            "MEMBER_OF goes from Official or Agency to"
        ),
    ):
        graph_rows(g)


def test_unknown_edge_type_is_refused():
    g = build_graph(sample_extractions())
    g.add_edge(BORIS, AQILA, key="X", type="LOVES", article_id="a1")
    with pytest.raises(InputError, match="LOVES"):
        graph_rows(g)


def test_dangling_ids_are_skipped_and_counted():
    g = build_graph(sample_extractions())
    g.add_edge(BORIS, "Official:nobody", key="MET_WITH|a1|99", type="MET_WITH", article_id="a1")
    rows = graph_rows(g)
    assert rows["_skipped"] == [{"count": 2}]  # the typeless node and its edge
    assert all("Official:nobody" not in (r["source"], r["target"]) for r in rows["rel_met_with"])


def test_empty_graph():
    rows = graph_rows(nx.MultiDiGraph())
    assert all(rows[name] == [] for name in LOAD_ORDER)


def test_batched():
    data = [{"i": i} for i in range(1201)]
    sizes = [len(b) for b in batched(data, 500)]
    assert sizes == [500, 500, 201]
    assert [b[0]["i"] for b in batched(data, 500)] == [0, 500, 1000]
    with pytest.raises(InputError):
        list(batched(data, 0))


# --------------------------------------------------------------------------- cypher files
def test_load_files_are_single_unwind_statements():
    for name in LOAD_ORDER:
        stmts = loader.read_statements(loader.cypher_dir() / "load" / f"{name}.cypher")
        assert len(stmts) == 1, name
        assert stmts[0].startswith("UNWIND $rows AS row"), name


def test_load_files_use_only_allow_listed_labels():
    from graphbuild import schema

    allowed = set(schema.labels())
    types = {t.name for t in schema.relation_types()}
    for name in LOAD_ORDER:
        text = loader.read_statements(loader.cypher_dir() / "load" / f"{name}.cypher")[0]
        assert (
            set(re.findall(r"\(\w*:(\w+)", text)) | set(re.findall(r"SET n:(\w+)", text)) <= allowed
        ), name
        assert set(re.findall(r"\[\w*:(\w+)", text)) <= types, name


def test_schema_is_idempotent_by_construction():
    stmts = loader.read_statements(loader.cypher_dir() / "schema.cypher")
    assert len(stmts) >= 12
    assert all("IF NOT EXISTS" in s for s in stmts)
    for label in ("Official", "Agency", "Country", "Article", "Statement"):
        assert any(f"(n:{label}) REQUIRE n.id IS UNIQUE" in s for s in stmts), label
    assert any("FULLTEXT INDEX entity_names" in s and "search_text" in s for s in stmts)


def test_read_statements_splits_and_drops_comments(tmp_path):
    p = tmp_path / "x.cypher"
    p.write_text(
        "// a comment; with a semicolon\nRETURN 1;\n\n// two\nRETURN ';' AS s;\nRETURN 3\n",
        encoding="utf-8",
    )
    assert loader.read_statements(p) == ["RETURN 1", "RETURN ';' AS s", "RETURN 3"]
    with pytest.raises(CypherError):
        loader.read_statements(tmp_path / "missing.cypher")


# --------------------------------------------------------------------------- settings and errors
def test_settings_from_env():
    env = {"NEO4J_PASSWORD": SECRET}
    s = Neo4jSettings.from_env(env)
    assert (s.uri, s.user, s.database, s.password) == (
        "bolt://127.0.0.1:7687",
        "neo4j",
        "neo4j",
        SECRET,
    )
    assert SECRET not in repr(s)
    env |= {"NEO4J_URI": "neo4j://cluster:7687", "NEO4J_DATABASE": "news"}
    s = Neo4jSettings.from_env(env, user="reader")
    assert (s.uri, s.user, s.database) == ("neo4j://cluster:7687", "reader", "news")
    assert Neo4jSettings.from_env(env, uri="bolt://x:1").uri == "bolt://x:1"
    assert (
        Neo4jSettings.from_env(env, password="").password == ""
    )  # an explicit argument wins, even empty


def test_settings_never_come_from_the_process_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://from-env:1")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    assert Neo4jSettings.from_env({}) == Neo4jSettings()
    assert Neo4jSettings().password == "" and Neo4jSettings().uri == "bolt://127.0.0.1:7687"


def _server_error(code: str, message: str):
    return ne.Neo4jError._hydrate_neo4j(code=code, message=message)


MAPPING = [
    (lambda: ne.ServiceUnavailable(f"Couldn't connect {SECRET}"), Neo4jUnavailable),
    (lambda: ne.SessionExpired(f"gone {SECRET}"), Neo4jUnavailable),
    (lambda: ne.AuthError(f"bad credentials {SECRET}"), Neo4jAuthError),
    (
        lambda: _server_error(
            "Neo.ClientError.Security.Unauthorized", f"The client is unauthorized {SECRET}"
        ),
        Neo4jAuthError,
    ),
    (
        lambda: _server_error(
            "Neo.ClientError.Database.DatabaseNotFound", f"Graph not found: nodb {SECRET}"
        ),
        Neo4jDatabaseError,
    ),
    (
        lambda: _server_error(
            "Neo.ClientError.Statement.SyntaxError", f"Invalid input 'RETRUN' {SECRET}"
        ),
        CypherError,
    ),
    (
        lambda: _server_error(
            "Neo.ClientError.Statement.ParameterMissing", f"Expected parameter(s): x {SECRET}"
        ),
        CypherError,
    ),
    (
        lambda: _server_error("Neo.TransientError.General.OutOfMemoryError", f"oom {SECRET}"),
        Neo4jError,
    ),
    (lambda: _server_error("Neo.DatabaseError.General.UnknownError", f"boom {SECRET}"), Neo4jError),
    (lambda: ne.ConfigurationError(f"bad uri {SECRET}"), Neo4jError),
    (lambda: ValueError(f"Unknown URI scheme {SECRET}"), Neo4jError),
    (lambda: ConnectionRefusedError(111, f"refused {SECRET}"), Neo4jUnavailable),
]


@pytest.mark.parametrize(("make", "expected"), MAPPING)
def test_driver_exceptions_are_translated_without_the_password(make, expected):
    exc = make()
    settings = Neo4jSettings(uri="bolt://h:1", user="neo4j", database="nodb", password=SECRET)
    err = translate_error(exc, settings)
    assert type(err) is expected
    assert SECRET not in str(err)
    assert err.exit_code == 4


def test_syntax_error_class_is_the_drivers():
    exc = _server_error("Neo.ClientError.Statement.SyntaxError", "x")
    assert isinstance(exc, ne.CypherSyntaxError)


def test_translated_context_manager_raises_graphbuild_errors():
    settings = Neo4jSettings(password=SECRET)
    with pytest.raises(Neo4jAuthError) as info, loader.translated(settings, "connect"):
        raise ne.AuthError(SECRET)
    assert isinstance(info.value.__cause__, ne.AuthError)
    assert SECRET not in str(info.value)


# --------------------------------------------------------------------------- query files
def test_every_query_is_documented_and_declares_its_params():
    qs = queries.list_queries()
    names = {q.name for q in qs}
    assert {
        "who_met",
        "agency_members",
        "official_statements",
        "country_officials",
        "country_meetings",
        "shortest_path",
        "ego_network",
        "top_meeters",
        "entity_lookup",
    } <= names
    for q in qs:
        assert q.description, q.name
        used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", q.statement()))
        folded = {
            p for _fold, p in q.keys.values()
        }  # a parameter may reach the statement only through its key
        assert used | folded == set(q.params) | set(q.keys), (q.name, used, q.params, q.keys)
        assert not set(q.keys) & set(q.params), q.name
        for p, meaning in q.params.items():
            assert meaning, (q.name, p)


def test_query_defaults_are_parsed():
    ego = queries.get_query("ego_network")
    assert ego.defaults == {"depth": 2, "limit": 500}
    assert ego.required == ["entity"]


def test_unknown_query_name():
    with pytest.raises(QueryNotFound, match="who_met"):
        queries.get_query("nope")
    with pytest.raises(QueryNotFound):
        queries.get_query("../schema")


def test_queries_dir_can_be_replaced(tmp_path, monkeypatch):
    (tmp_path / "mine.cypher").write_text(
        "// description: mine\n// param x: a number\nRETURN $x AS x;\n", encoding="utf-8"
    )
    assert [q.name for q in queries.list_queries(tmp_path)] == ["mine"]
    assert queries.get_query("mine", tmp_path).params == {"x": "a number"}
    # the library reads no environment: GRAPHBUILD_QUERIES_DIR is the CLI's
    # (query --queries-dir, render --query)
    monkeypatch.setenv("GRAPHBUILD_QUERIES_DIR", str(tmp_path))
    assert queries.queries_dir() == loader.cypher_dir() / "queries"
    with pytest.raises(QueryNotFound):
        queries.get_query("mine")


def test_parse_params():
    assert queries.parse_params(
        ["official=بوريس جونسون", "depth=2", "limit=-1", "q=a=b", "code=007x"]
    ) == {"official": "بوريس جونسون", "depth": 2, "limit": -1, "q": "a=b", "code": "007x"}
    with pytest.raises(InputError):
        queries.parse_params(["depth"])
    with pytest.raises(InputError):
        queries.parse_params(["bad key=1"])


def test_bind_checks_params():
    ego = queries.get_query("ego_network")
    assert queries._bind(ego, {"entity": "x"}) == {"entity": "x", "depth": 2, "limit": 500}
    with pytest.raises(InputError, match="entity"):
        queries._bind(ego, {})
    with pytest.raises(InputError, match="nope"):
        queries._bind(ego, {"entity": "x", "nope": 1})


def test_format_result():
    res = queries.QueryResult(
        name="t",
        columns=["name", "n", "items"],
        rows=[
            {"name": "بوريس جونسون", "n": 2, "items": ["a1", "a2"]},
            {
                "name": {"_type": "Official", "name": "عقيلة صالح", "id": AQILA},
                "n": 1.5,
                "items": [],
            },
        ],
    )
    assert (
        queries.format_result(res, "csv")
        == 'name,n,items\nبوريس جونسون,2,"a1, a2"\nعقيلة صالح,1.5,\n'
    )
    assert '"بوريس جونسون"' in queries.format_result(res, "json")
    table = queries.format_result(res, "table")
    assert "بوريس جونسون" in table and "عقيلة صالح" in table and "t (2 rows)" in table
    with pytest.raises(InputError):
        queries.format_result(res, "xml")


def test_a_meeting_hosted_by_countries_loads_official_to_country():
    """The gold of FORMAT.md counts "a ministerial meeting hosted by France" as MET_WITH France:
    extraction writes Official -> Country, and the loader takes it."""
    from graphbuild.model import Article
    from graphbuild.nlp.extract import extract_article

    ex = extract_article(
        Article(
            id="t",
            title="",
            text="شارك وزير الخارجية سامي حداد اليوم في اجتماع وزاري استضافته فرنسا وألمانيا.",
            lang="ar",
        )
    )
    met = [r for r in ex.relations if r.type == "MET_WITH"]
    assert {r.target.split(":")[0] for r in met} == {"Country"}
    rows = graph_rows(build_graph([ex]))
    assert len(rows["rel_met_with"]) == 2
