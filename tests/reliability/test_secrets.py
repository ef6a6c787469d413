"""Secrets stay secret: URIs redacted in messages (issue 12, "Secrets and files")."""

from __future__ import annotations

from graphbuild.errors import Neo4jError, redact_uri

from .conftest import free_port, run

SECRET = "s3cret-in-uri"


def test_redact_uri_hides_the_password_and_keeps_the_rest():
    text = f"cannot reach bolt://neo4j:{SECRET}@db:7687 and neo4j+s://u:p@ss@h/x, bolt://h:1"
    out = redact_uri(text)
    assert SECRET not in out and "p@ss" not in out
    assert "bolt://neo4j:***@db:7687" in out
    assert "neo4j+s://u:***@h/x" in out
    assert out.endswith("bolt://h:1")


def test_every_error_message_is_redacted():
    assert SECRET not in str(Neo4jError(f"at bolt://neo4j:{SECRET}@h:1: down"))


def test_cli_error_never_echoes_a_password_in_the_uri(cli_env):
    port = free_port()
    env = {
        **cli_env,
        "NEO4J_PASSWORD": "the-env-password",
        "NEO4J_URI": f"bolt://neo4j:{SECRET}@127.0.0.1:{port}",
    }
    for args in (["graphbuild", "schema"], ["graphbuild", "query", "top_meeters"]):
        proc = run(args, env)
        assert proc.returncode == 4, proc.stderr
        assert "error:" in proc.stderr
        assert SECRET not in proc.stderr + proc.stdout
