"""Query headers without a database: declared defaults and ranges, entity markers, value checks."""

from __future__ import annotations

import re

import pytest

from graphbuild.errors import CypherError, EntityNotFound, InputError, QueryParameterError
from graphbuild.neo4j import loader, queries
from graphbuild.neo4j.loader import LoadSummary, Neo4jSettings
from graphbuild.neo4j.queries import INT64_MAX, parse_facets, parse_params

NONE = queries._NO_DEFAULT


@pytest.mark.parametrize(
    ("meaning", "default", "bounds"),
    [
        ("how many hops (default 2, 1-3)", 2, (1, 3)),
        ("how many hops (1-3, default 2); more prose", 2, (1, 3)),
        ("hops (default: 1, 1..3)", 1, (1, 3)),
        ("hops (default 1, 1 – 3)", 1, (1, 3)),
        ("hops (1-3)", NONE, (1, 3)),
        ("an offset (default 0, -5-5)", 0, (-5, 5)),
        ("at most this many (default 500)", 500, None),
        ("a word (default abc)", "abc", None),
        ("spelling (أ/إ/ا, ة/ه) and (default 10, 1-100)", 10, (1, 100)),
        ("free text (with words, and 1-3 in prose)", NONE, None),
        ("words (default a, b)", "a, b", None),  # not all facets: the whole group is the default
        ("nothing declared", NONE, None),
    ],
)
def test_parse_facets(meaning, default, bounds):
    assert parse_facets(meaning) == (default, bounds)


@pytest.mark.parametrize(
    "meaning", ["x (3-1)", "x (default 1, default 2)", "x (1-3, 2-4)", "x (default 1) (default 2)"]
)
def test_parse_facets_refuses_contradictions(meaning):
    with pytest.raises(ValueError):
        parse_facets(meaning)


def _query(tmp_path, text: str, name: str = "q"):
    (tmp_path / f"{name}.cypher").write_text(text, encoding="utf-8")
    return queries.get_query(name, tmp_path)


def test_header_ranges_defaults_and_entity_markers(tmp_path):
    q = _query(
        tmp_path,
        (
            "// description: test\n"
            "// param who: an entity's id\n"
            "// param depth: hops (default 2, 1-3)\n"
            "// param limit: rows (1-100)\n"
            "\n"
            "MATCH (e:Entity {id: $who})\n"
            "// entity who: e\n"
            "RETURN e LIMIT $limit + $depth;\n"
        ),
    )
    assert q.params == {
        "who": "an entity's id",
        "depth": "hops (default 2, 1-3)",
        "limit": "rows (1-100)",
    }
    assert q.defaults == {"depth": 2}
    assert q.ranges == {"depth": (1, 3), "limit": (1, 100)}
    assert q.entities == {"who": "e"}
    assert q.required == ["who", "limit"]
    assert q.entity_checks() == [
        ("who", "e", "MATCH (e:Entity {id: $who})\nRETURN count(DISTINCT e) AS found")
    ]
    assert q.statement() == "MATCH (e:Entity {id: $who})\n\nRETURN e LIMIT $limit + $depth"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("// param depth: hops (default 5, 1-3)\nRETURN $depth;\n", "default 5 is not in 1-3"),
        ("// param depth: hops (default x, 1-3)\nRETURN $depth;\n", "default 'x' is not in 1-3"),
        ("// param depth: hops (3-1)\nRETURN $depth;\n", "q.cypher:1: parameter depth"),
        (
            "// param who: x\nMATCH (e) RETURN e;\n// entity whom: e\n",
            "names no declared parameter",
        ),
        ("// param who: x\n// entity who: e\nMATCH (e) RETURN e;\n", None),
    ],
)
def test_bad_headers_are_cypher_errors_naming_the_file(tmp_path, text, message):
    with pytest.raises(CypherError, match=re.escape(message) if message else "must follow") as info:
        q = _query(tmp_path, text)
        q.entity_checks()
    assert "q.cypher" in str(info.value)


def test_packaged_queries_declare_ranges_and_entities():
    qs = {q.name: q for q in queries.list_queries()}
    assert qs["ego_network"].ranges == {"depth": (1, 3), "limit": (1, 100000)}
    assert qs["ego_network"].defaults == {"depth": 2, "limit": 500}
    for q in qs.values():
        if "limit" in q.params:
            assert q.ranges.get("limit", (0, 0))[0] == 1, q.name
        for p, meaning in q.params.items():  # a parameter that names an entity is checked
            if "id, name or alias" in meaning or "ISO" in meaning or p == "name":
                assert p in q.entities, (q.name, p)
    assert {p for q in qs.values() for p in q.entities} >= {
        "entity",
        "name",
        "official",
        "agency",
        "country",
        "country_a",
        "country_b",
        "source",
        "target",
    }
    for q in qs.values():
        checks = q.entity_checks()
        assert [c[0] for c in checks] == list(q.entities), q.name
        for _, var, stmt in checks:
            assert q.statement().startswith(stmt.rsplit("\nRETURN", 1)[0]), q.name
            assert stmt.endswith(f"RETURN count(DISTINCT {var}) AS found")


def test_ego_network_marker_follows_the_entity_match():
    (check,) = queries.get_query("ego_network").entity_checks()
    assert check[2].splitlines()[-3:] == [
        "MATCH (e:Entity)",
        "WHERE e.id = q OR e.name = q OR q IN e.aliases OR key IN e.search_terms",
        "RETURN count(DISTINCT e) AS found",
    ]
    (check,) = queries.get_query("entity_lookup").entity_checks()
    assert "db.index.fulltext.queryNodes('entity_names', q) YIELD node, score" in check[2]


# ---------------------------------------------------------------- keys: parameters folded in Python
def test_a_key_is_its_parameter_folded_by_graphbuild_text(tmp_path):
    q = _query(
        tmp_path,
        (
            "// description: test\n"
            "// param who: a name\n"
            "// key who_key: normalize_key(who)\n"
            "// key who_letters: normalize_ar(who)\n"
            "MATCH (e:Entity) WHERE $who_key IN e.search_terms OR e.name = $who_letters\n"
            "// entity who: e\n"
            "RETURN e;\n"
        ),
    )
    assert q.params == {"who": "a name"} and q.required == ["who"]
    assert q.keys == {"who_key": ("normalize_key", "who"), "who_letters": ("normalize_ar", "who")}
    bound = queries._bind(q, {"who": "«فتحى باشاغا»"})
    assert bound == {"who": "«فتحى باشاغا»"}  # what the caller gave: keys are not parameters
    assert q.key_values(bound) == {"who_key": "فتحي باشاغا", "who_letters": "«فتحي باشاغا»"}
    with pytest.raises(QueryParameterError, match="has no parameter who_key"):
        queries._bind(q, {"who": "x", "who_key": "y"})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "// param who: x\n// key who_key: casefold(who)\nRETURN $who_key;\n",
            "q.cypher:2: key who_key: no fold 'casefold'",
        ),
        (
            "// param who: x\n// key who_key: normalize_key(whom)\nRETURN $who_key;\n",
            "q.cypher:2: key who_key must fold a declared",
        ),
        (
            "// param who: x\n// key who: normalize_key(who)\nRETURN $who;\n",
            "q.cypher:2: key who must fold a declared",
        ),
    ],
)
def test_bad_keys_are_cypher_errors_naming_file_and_line(tmp_path, text, message):
    with pytest.raises(CypherError, match=re.escape(message)):
        _query(tmp_path, text)


def test_entity_queries_compare_the_folded_key_with_the_loaded_search_terms():
    """Every query that resolves an entity through search_terms
    gets the parameter folded by graphbuild.text."""
    for q in queries.list_queries():
        text = q.statement()
        if "search_terms" in text:
            assert q.keys and all(fold == "normalize_key" for fold, _p in q.keys.values()), q.name
            assert all(f"${k}" in text for k in q.keys), q.name
        assert "reduce(s = $" not in text or q.name == "entity_lookup", (
            q.name
        )  # no fold list in Cypher


# --------------------------------------------------------------------------- values
@pytest.fixture()
def ego():
    return queries.get_query("ego_network")


@pytest.mark.parametrize("depth", [0, 4, -1, 10**30])
def test_depth_out_of_range(ego, depth):
    with pytest.raises(QueryParameterError, match="depth must be from 1 to 3, not") as info:
        queries._bind(ego, {"entity": "x", "depth": depth})
    assert isinstance(info.value, InputError) and info.value.exit_code == 2


@pytest.mark.parametrize("depth", ["two", 2.5, True, None, [2]])
def test_depth_of_the_wrong_kind(ego, depth):
    with pytest.raises(QueryParameterError, match="depth must be a whole number from 1 to 3"):
        queries._bind(ego, {"entity": "x", "depth": depth})


def test_depth_as_text_is_converted(ego):
    assert queries._bind(ego, {"entity": "x", "depth": " 3 "})["depth"] == 3


@pytest.mark.parametrize(
    "text", ["99999999999999999999999", str(INT64_MAX + 1), "9" * 5000, "-" + "9" * 5000]
)
def test_huge_limits_are_one_line_parameter_errors(ego, text):
    params = parse_params([f"limit={text}", "entity=x"])
    with pytest.raises(QueryParameterError, match="limit must be from 1 to 100000") as info:
        queries._bind(ego, params)
    assert "\n" not in str(info.value) and len(str(info.value)) < 120


def test_huge_integers_without_a_range_are_parameter_errors(tmp_path):
    q = _query(tmp_path, "// param x: a number\n// param xs: numbers\nRETURN $x, $xs;\n")
    assert queries._bind(q, {"x": INT64_MAX, "xs": [1, -2]}) == {"x": INT64_MAX, "xs": [1, -2]}
    with pytest.raises(QueryParameterError, match="too large for Neo4j"):
        queries._bind(q, {"x": 99999999999999999999999, "xs": []})
    with pytest.raises(QueryParameterError, match="too large for Neo4j"):
        queries._bind(q, {"x": 1, "xs": [1, -(2**63) - 1]})
    with pytest.raises(QueryParameterError) as info:
        queries._bind(q, {"x": 10**5000, "xs": []})
    assert "digits" in str(info.value) and len(str(info.value)) < 200


def test_numbers_naming_an_entity_become_text(ego):
    assert queries._bind(ego, {"entity": 2017}) == {"entity": "2017", "depth": 2, "limit": 500}


def test_unknown_and_missing_parameters_are_parameter_errors(ego):
    with pytest.raises(QueryParameterError, match="no parameter nope"):
        queries._bind(ego, {"entity": "x", "nope": 1})
    with pytest.raises(QueryParameterError, match="needs entity="):
        queries._bind(ego, {})
    with pytest.raises(QueryParameterError, match="expected name=value"):
        parse_params(["depth"])


def test_parameters_are_checked_before_connecting():
    down = Neo4jSettings(uri="bolt://127.0.0.1:1", password="x")
    with pytest.raises(QueryParameterError):
        queries.run_query("ego_network", {"entity": "x", "depth": 4}, down)
    with pytest.raises(QueryParameterError):
        queries.query_graph("top_meeters", parse_params(["limit=99999999999999999999999"]), down)


def test_entity_not_found_is_exit_8():
    assert EntityNotFound("no entity matches 'x'").exit_code == 8


def test_query_articles_statement_is_one_statement():
    stmts = loader.read_statements(loader.cypher_dir() / "query_articles.cypher")
    assert len(stmts) == 1
    assert set(re.findall(r"\$(\w+)", stmts[0])) == {"ids", "statements", "entities"}


# ---------------------------------------------------------------------- load summary and statements
def test_summary_of_a_load_that_wrote_nothing():
    s = LoadSummary(nodes_merged=9, relationships_merged=16, batches=9)
    assert not s.changed
    assert (
        s.line() == "nothing changed: all 9 nodes and 16 relationships"
        " were already there with the same properties"
    )
    assert LoadSummary(skipped=2).line().endswith("; 2 skipped (dangling ids)")
    for counter in ("nodes_created", "relationships_created", "properties_set", "labels_added"):
        s = LoadSummary(nodes_merged=9, **{counter: 1})
        assert s.changed and "created" in s.line(), counter


def test_load_statements_write_only_changed_properties():
    """Every property write is a FOREACH over the keys
    whose value differs (or the name of a new node)."""
    for name in loader.LOAD_ORDER:
        text = loader.read_statements(loader.cypher_dir() / "load" / f"{name}.cypher")[0]
        flat = " ".join(text.split())
        plain_sets = re.findall(r"\bSET (\w+)\.(\w+)\s*=", flat)
        assert plain_sets in ([], [("n", "name")]), (name, plain_sets)
        assert "ON CREATE SET n.name" in flat or not plain_sets
        for var in re.findall(r"SET (\w+)\[k\] = want\[k\]", flat):
            assert (
                f"FOREACH (k IN [k IN keys(want) WHERE NOT coalesce({var}[k] = want[k], "
                f"{var}[k] IS NULL AND want[k] IS NULL)] | SET {var}[k] = want[k])"
            ) in flat, name
        assert " += " not in flat, name
