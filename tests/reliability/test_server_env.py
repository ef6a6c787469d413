"""The password never reaches a child process through its environment (issue 12)."""

from __future__ import annotations

from graphbuild.neo4j import server


def test_child_env_drops_every_neo4j_secret(tmp_path):
    rt = server.Runtime.from_env(
        {"PATH": "/usr/bin", "NEO4J_PASSWORD": "pw-secret-1", "NEO4J_AUTH": "neo4j/pw-secret-2"}
    )
    env = server.child_env(rt, tmp_path)
    assert "NEO4J_PASSWORD" not in env and "NEO4J_AUTH" not in env
    assert not any("pw-secret" in v for v in env.values())
    assert env["PATH"] == "/usr/bin" and env["NEO4J_HOME"] == str(tmp_path)
