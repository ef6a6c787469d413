"""The load summary says when an idempotent reload changed nothing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.cli_neo4j import load_summary_line
from graphbuild.neo4j.loader import LoadSummary


def test_all_zero_counters_say_nothing_changed():
    summary = LoadSummary(nodes_merged=10, relationships_merged=5, batches=3)
    line = load_summary_line(summary)
    assert line.startswith(summary.line())  # the loader's own words first
    assert line.count("nothing changed") == 1  # said once, by the loader or by the CLI


@pytest.mark.parametrize(
    "field", ["nodes_created", "relationships_created", "properties_set", "labels_added"]
)
def test_any_change_is_not_nothing(field):
    assert "nothing changed" not in load_summary_line(LoadSummary(**{field: 1}))


def test_whatever_fields_the_summary_has():
    @dataclass
    class Later:  # a summary with other counters, or one that says itself whether anything changed
        nodes_created: int = 0
        nodes_deleted: int = 0
        changed: bool | None = None

        def line(self) -> str:
            return f"nodes {self.nodes_created} created"

    assert load_summary_line(Later()) == "nodes 0 created — nothing changed"
    assert load_summary_line(Later(nodes_deleted=2)) == "nodes 0 created"
    assert load_summary_line(Later(changed=True)) == "nodes 0 created"
    assert (
        load_summary_line(Later(nodes_created=1, changed=False))
        == "nodes 1 created — nothing changed"
    )


def test_the_load_command_prints_it(monkeypatch, seeds_dir):
    import graphbuild.neo4j.loader as loader

    monkeypatch.setenv("NEO4J_PASSWORD", "pw-pw-pw-pw")
    monkeypatch.setattr(
        loader, "load_graph", lambda g, settings, **kw: LoadSummary(nodes_merged=3, batches=1)
    )
    res = CliRunner().invoke(app, ["load", str(seeds_dir), "--quiet"])
    assert res.exit_code == 0 and res.stderr == ""  # quiet is quiet
    res = CliRunner().invoke(app, ["load", str(seeds_dir), "--uri", "bolt://127.0.0.1:7999"])
    assert res.exit_code == 0, res.output
    assert (
        "loaded into bolt://127.0.0.1:7999" in res.stderr
        and res.stderr.count("nothing changed") == 1
    )
