"""cypher/schema.cypher against the real server: applies, and applies again without change."""

from __future__ import annotations

import pytest

from graphbuild.neo4j.loader import apply_schema

pytestmark = pytest.mark.integration


def _schema(driver):
    cons, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN *"
    )
    idx, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options RETURN *"
    )
    return cons, idx


def test_schema_applies_twice_without_change(driver, settings):
    n = apply_schema(settings, driver=driver)
    first = _schema(driver)
    assert apply_schema(settings, driver=driver) == n
    again = _schema(driver)
    assert sorted(c["name"] for c in first[0]) == sorted(c["name"] for c in again[0])
    assert sorted(i["name"] for i in first[1]) == sorted(i["name"] for i in again[1])


def test_constraints_and_indexes(driver, settings):
    apply_schema(settings, driver=driver)
    cons, idx = _schema(driver)
    unique = {
        (c["labelsOrTypes"][0], tuple(c["properties"])) for c in cons if c["type"] == "UNIQUENESS"
    }
    for label in ("Official", "Agency", "Country", "Article", "Statement", "Entity"):
        assert (label, ("id",)) in unique, label
    by_name = {i["name"]: i for i in idx}
    for label in ("official", "agency", "country"):
        assert by_name[f"{label}_name"]["properties"] == ["name"]
    ft = by_name["entity_names"]
    assert ft["type"] == "FULLTEXT"
    assert sorted(ft["labelsOrTypes"]) == ["Agency", "Country", "Official"]
    assert set(ft["properties"]) == {"name", "aliases_text", "search_text"}
    assert ft["options"]["indexConfig"]["fulltext.analyzer"] == "arabic"
