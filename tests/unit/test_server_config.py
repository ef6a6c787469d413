"""The local Neo4j server's configuration, command line and paths — no JVM started."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

import pytest

from graphbuild.errors import ServerError
from graphbuild.neo4j import server
from graphbuild.neo4j.server import NEO4J_VERSION, ServerConfig, render_conf


def conf_dict(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            k, _, v = line.partition("=")
            out[k] = v
    return out


def test_default_conf(tmp_path):
    c = conf_dict(render_conf(ServerConfig(home=tmp_path)))
    assert c["server.default_listen_address"] == "127.0.0.1"
    assert c["server.bolt.listen_address"] == "127.0.0.1:7687"
    assert c["server.bolt.enabled"] == "true"
    assert c["server.http.enabled"] == "false"
    assert c["server.https.enabled"] == "false"
    assert c["server.memory.heap.max_size"] == "512m"
    assert c["server.memory.pagecache.size"] == "256m"
    assert c["dbms.security.auth_enabled"] == "true"
    assert c["server.directories.data"] == str(tmp_path / "data")
    assert c["server.directories.logs"] == str(tmp_path / "logs")


def test_custom_ports_and_memory(tmp_path):
    c = conf_dict(
        render_conf(
            ServerConfig(home=tmp_path, bolt_port=7697, http_port=7484, heap="1g", pagecache="128m")
        )
    )
    assert c["server.bolt.listen_address"] == "127.0.0.1:7697"
    assert c["server.bolt.advertised_address"] == "127.0.0.1:7697"
    assert c["server.http.enabled"] == "true"
    assert c["server.http.listen_address"] == "127.0.0.1:7484"
    assert c["server.memory.heap.initial_size"] == "1g"
    assert ServerConfig(home=tmp_path, bolt_port=7697).uri == "bolt://127.0.0.1:7697"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"bolt_port": 0},
        {"bolt_port": 70000},
        {"http_port": -1},
        {"heap": "lots"},
        {"pagecache": "1g\nserver.default_listen_address=0.0.0.0"},
    ],
)
def test_bad_config_is_refused(tmp_path, kwargs):
    with pytest.raises(ServerError):
        render_conf(ServerConfig(home=tmp_path, **kwargs))


def test_java_command_is_like_bin_neo4j_console(tmp_path):
    lib = tmp_path / "lib"
    cmd = server.java_command(ServerConfig(home=tmp_path / "h"), lib, java="/usr/bin/java")
    assert cmd[0] == "/usr/bin/java"
    assert "-Xmx512m" in cmd and "-Xms512m" in cmd
    for flag in (
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "-Dio.netty.tryReflectionSetAccessible=true",
    ):
        assert flag in cmd
    i = cmd.index("-cp")
    assert cmd[i + 1] == f"{lib}/*"
    assert cmd[i + 2 :] == [
        "org.neo4j.server.CommunityEntryPoint",
        f"--home-dir={tmp_path / 'h'}",
        f"--config-dir={tmp_path / 'h' / 'conf'}",
        "--console-mode",
    ]


def test_pom_pins_the_same_5_26_version():
    pom = (Path(server.__file__).parent / "pom.xml").read_text(encoding="utf-8")
    assert re.search(r"<neo4j.version>([^<]+)</neo4j.version>", pom).group(1) == NEO4J_VERSION
    assert re.fullmatch(r"5\.26\.\d+", NEO4J_VERSION)


def test_paths_outside_the_repo(tmp_path):
    assert server.cache_dir() == Path.home() / ".cache" / "graphbuild" / f"neo4j-{NEO4J_VERSION}"
    assert server.default_home() == Path.home() / ".local" / "share" / "graphbuild" / "neo4j"
    assert server.cache_dir(root=tmp_path) == tmp_path / f"neo4j-{NEO4J_VERSION}"


def test_the_runtime_comes_from_the_environment_it_is_given(monkeypatch, tmp_path):
    rt = server.Runtime.from_env(
        {"JAVA_HOME": "/opt/jdk", "GRAPHBUILD_NEO4J_CACHE": str(tmp_path), "PATH": "/x"}
    )
    assert (rt.java_home, rt.cache_root, rt.path) == ("/opt/jdk", str(tmp_path), "/x")
    # never from the process environment: the library functions take what they are given
    monkeypatch.setenv("GRAPHBUILD_NEO4J_CACHE", str(tmp_path / "from-env"))
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk-from-env"))
    assert server.cache_dir() == Path.home() / ".cache" / "graphbuild" / f"neo4j-{NEO4J_VERSION}"
    assert server.Runtime() == server.Runtime(java_home=None, cache_root=None)
    assert server.Runtime().path == os.defpath


def test_java_is_the_runtimes(tmp_path):
    jdk = tmp_path / "jdk"
    (jdk / "bin").mkdir(parents=True)
    (jdk / "bin" / "java").write_text("#!/bin/sh\n")
    assert server.find_java(server.Runtime(java_home=str(jdk))) == str(jdk / "bin" / "java")
    with pytest.raises(ServerError, match="java not found"):
        server.find_java(server.Runtime(env={"PATH": str(tmp_path)}))


def test_child_processes_never_get_the_password(tmp_path):
    env = {
        "NEO4J_PASSWORD": "secret-pw-1",
        "PATH": "/usr/bin",
        "LANG": "ar_EG.UTF-8",
        "NEO4J_URI": "bolt://x:1",
    }
    child = server.child_env(server.Runtime.from_env(env), tmp_path)
    assert "NEO4J_PASSWORD" not in child and "secret-pw-1" not in child.values()
    assert child["PATH"] == "/usr/bin" and child["LANG"] == "ar_EG.UTF-8"  # the rest is inherited
    assert child["NEO4J_HOME"] == str(tmp_path) and child["NEO4J_CONF"] == str(tmp_path / "conf")
    assert env["NEO4J_PASSWORD"] == "secret-pw-1"  # the caller's mapping is left alone
    clean = server.child_env(server.Runtime(java_home="/opt/jdk"))
    assert clean == {"PATH": os.defpath, "LANG": "C.UTF-8", "JAVA_HOME": "/opt/jdk"}


def test_the_java_process_does_not_inherit_the_password(tmp_path, monkeypatch):
    """start() spawns java with the runtime's environment minus NEO4J_PASSWORD
    (no JVM: Popen is recorded)."""
    jdk = tmp_path / "jdk"
    (jdk / "bin").mkdir(parents=True)
    (jdk / "bin" / "java").write_text("#!/bin/sh\n")
    lib = tmp_path / "cache" / f"neo4j-{NEO4J_VERSION}" / "lib"
    lib.mkdir(parents=True)
    (lib / ".complete").write_text(NEO4J_VERSION)
    home = tmp_path / "home"
    (home / "data" / "dbms").mkdir(parents=True)
    (home / "data" / "dbms" / "auth.ini").write_text("")  # initialised: no set-initial-password run
    seen = {}

    class Spawned(Exception):
        pass

    def fake_popen(cmd, **kw):
        seen.update(cmd=cmd, env=kw["env"])
        raise Spawned

    monkeypatch.setattr(server.subprocess, "Popen", fake_popen)
    monkeypatch.setenv(
        "NEO4J_PASSWORD", "process-env-secret"
    )  # even the process's own is not passed on
    env = {
        "PATH": "/usr/bin",
        "NEO4J_PASSWORD": "caller-secret",
        "GRAPHBUILD_NEO4J_CACHE": str(tmp_path / "cache"),
        "JAVA_HOME": str(jdk),
        "TZ": "Africa/Cairo",
    }
    with pytest.raises(Spawned):
        server.start(
            home,
            _free_port(),
            password="caller-secret",
            quiet=True,
            runtime=server.Runtime.from_env(env),
        )
    assert seen["cmd"][0] == str(jdk / "bin" / "java")
    assert "NEO4J_PASSWORD" not in seen["env"]
    assert not any("secret" in v for v in seen["env"].values())
    assert not any("secret" in a for a in seen["cmd"])
    assert seen["env"]["TZ"] == "Africa/Cairo" and seen["env"]["NEO4J_HOME"] == str(home)


def test_set_initial_password_passes_it_by_file_not_environment(tmp_path, monkeypatch):
    seen = {}

    def fake_run(cmd, **kw):
        seen.update(cmd=cmd, env=kw["env"], args=Path(cmd[-1][1:]).read_text())
        return server.subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(server.subprocess, "run", fake_run)
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True)
    rt = server.Runtime.from_env({"PATH": "/usr/bin", "NEO4J_PASSWORD": "initial-secret"})
    server._set_initial_password(
        ServerConfig(home=home), tmp_path / "lib", "java", "initial-secret", rt
    )
    assert "NEO4J_PASSWORD" not in seen["env"] and "initial-secret" not in " ".join(seen["cmd"])
    assert "initial-secret" in seen["args"]  # the 0600 @-file, removed afterwards
    assert not (home / "run" / "set-password.args").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_status_of_an_empty_home_is_down(tmp_path):
    st = server.status(tmp_path, _free_port())
    assert not st.up and not st.running and st.pid is None
    assert "down" in st.line()
    assert server.stop(tmp_path) is False


def test_start_refuses_a_busy_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(ServerError, match="in use"):
            server.start(tmp_path / "home", port, password="long-enough-pw", quiet=True)


def test_missing_maven_is_a_server_error(tmp_path):
    runtime = server.Runtime(
        cache_root=str(tmp_path / "cache"), env={"PATH": str(tmp_path)}
    )  # no mvn here
    with pytest.raises(ServerError, match="mvn"):
        server.ensure_jars(runtime=runtime)


def test_bolt_probe_on_a_closed_port():
    assert server.bolt_answers("127.0.0.1", _free_port(), timeout=0.5) is False


def test_main_status_exit_code(tmp_path, capsys):
    assert server.main(["status", "--home", str(tmp_path), "--port", str(_free_port())]) == 6
    assert "down" in capsys.readouterr().out
