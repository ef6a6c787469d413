"""A local Neo4j Community server built from Maven Central jars.

No Docker and no Neo4j download site are needed: the pinned server
(:data:`NEO4J_VERSION`, the 5.26 LTS line that runs on Java 17) is fetched once
with ``mvn dependency:copy-dependencies`` (``pom.xml`` next to this module) into
a cache outside the repository, then run the way ``bin/neo4j console`` does::

    java -cp "lib/*" <flags> org.neo4j.server.CommunityEntryPoint \\
        --home-dir=H --config-dir=H/conf --console-mode

detached in its own session, with ``H/run/neo4j.pid`` and logs in ``H/logs``.

Paths (all overridable):

* jars: ``<cache root>/neo4j-<version>/lib``, the cache root
  ``~/.cache/graphbuild`` unless :attr:`Runtime.cache_root` says otherwise;
* server home (conf, data, logs, run): ``~/.local/share/graphbuild/neo4j``
  (``--home`` / ``home=``).

The library functions read no environment variable: what Java and Maven run
with is a :class:`Runtime` the caller gives — ``Runtime.from_env(os.environ)``
at a command line takes ``JAVA_HOME``, ``GRAPHBUILD_NEO4J_CACHE`` and the
environment the child processes inherit; the default ``Runtime()`` is ``java``
on the default PATH, the default cache and a clean environment. Either way the
child processes never see ``NEO4J_PASSWORD``.

The initial password is the ``password=`` argument (the command lines take it
from ``NEO4J_PASSWORD``) and is set before the first start with ``neo4j-admin
dbms set-initial-password`` (``org.neo4j.cli.AdminTool`` from the same jars; the
password goes through a 0600 picocli @-file, never the command line nor the
environment). Failures raise :class:`graphbuild.errors.ServerError`.

Command line (independent of the main CLI wiring: it remembers nothing, see
:mod:`graphbuild.state` for what ``graphbuild neo4j start`` records; like the
CLI, its :func:`main` is where the environment is read)::

    python -m graphbuild.neo4j.server start [--port 7687] [--home DIR] [--http-port N] [--browser]
    python -m graphbuild.neo4j.server status [--port N] [--home DIR]   # exit 6 when down
    python -m graphbuild.neo4j.server stop [--home DIR]

Neo4j Browser (``browser=True``, ``--browser``): the ``neo4j-browser`` jar
(:data:`BROWSER_VERSION`, the ``browser`` profile of the same ``pom.xml``) is
fetched once into ``<cache>/browser-<version>`` and put on the server's
classpath, HTTP opens on 127.0.0.1 (:data:`DEFAULT_HTTP_PORT` unless
``http_port``) and the server serves the Browser at ``/browser/``. The query
library's guide (:mod:`graphbuild.neo4j.guide`) is served from ``<home>/guide``
by a small static server bound to 127.0.0.1 (:mod:`graphbuild.neo4j.guideserver`),
whose host the server's ``browser.remote_content_hostname_allowlist`` allows, so
``:play`` opens it; ``browser.post_connect_cmd`` plays it after the login.
Auth stays on. Without ``browser`` no HTTP port opens unless ``http_port`` asks.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import GraphbuildError, ServerDown, ServerError
from . import guideserver

__all__ = [
    "NEO4J_VERSION",
    "DEFAULT_BOLT_PORT",
    "DEFAULT_HTTP_PORT",
    "BROWSER_VERSION",
    "ServerConfig",
    "ServerStatus",
    "Runtime",
    "SECRET_ENV",
    "child_env",
    "find_java",
    "cache_dir",
    "default_home",
    "render_conf",
    "java_command",
    "ensure_jars",
    "ensure_browser",
    "initialised",
    "make_home",
    "check_port",
    "start",
    "stop",
    "status",
]

NEO4J_VERSION = "5.26.30"
#: Neo4j Browser from Maven Central (``org.neo4j.client:neo4j-browser``), the ``browser`` profile
#: of ``pom.xml``; 5.24.0 is the newest release there, and it runs against the 5.26 server.
BROWSER_VERSION = "5.24.0"
DEFAULT_HTTP_PORT = 7474
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

# What the tarball's bin/neo4j passes to the JVM (5.26), minus the heap, which
# comes from ServerConfig.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",
)

PID_FILE = "run/neo4j.pid"
#: the guide's file name on the guide server (``:play http://127.0.0.1:PORT/graphbuild.html``)
GUIDE_FILE = "graphbuild.html"
STATE_FILE = "run/graphbuild-server.json"
CONSOLE_LOG = "logs/console.log"


def default_home() -> Path:
    """``~/.local/share/graphbuild/neo4j`` (outside any repository)."""
    return Path.home() / ".local" / "share" / "graphbuild" / "neo4j"


# never passed on to java or mvn: the password reaches the server through a 0600 file only
SECRET_ENV: tuple[str, ...] = ("NEO4J_PASSWORD", "NEO4J_AUTH")
# the Java processes create their files (store, auth.ini, logs) readable by the user only
PRIVATE_UMASK = 0o077
# the environment of the child processes when the caller gives none
CLEAN_ENV: Mapping[str, str] = {"PATH": os.defpath, "LANG": "C.UTF-8"}


@dataclass(frozen=True)
class Runtime:
    """What Java and Maven run with. The library reads no environment: the caller says.

    ``java_home``: a JDK whose ``bin/java`` to use (else ``java`` on the PATH of
    ``env``); ``cache_root``: where the jars are cached (else ``~/.cache/graphbuild``);
    ``env``: the environment ``java`` and ``mvn`` start from (``None``: a clean one,
    :data:`CLEAN_ENV`). :func:`child_env` removes :data:`SECRET_ENV` from it.
    """

    java_home: str | None = None
    cache_root: str | None = None
    env: Mapping[str, str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Runtime:
        """``JAVA_HOME``, ``GRAPHBUILD_NEO4J_CACHE`` and the environment itself,
        from ``env`` (``os.environ``)."""
        return cls(
            java_home=env.get("JAVA_HOME") or None,
            cache_root=env.get("GRAPHBUILD_NEO4J_CACHE") or None,
            env=dict(env),
        )

    @property
    def path(self) -> str:
        """The PATH ``java`` and ``mvn`` are looked up on (the child's own)."""
        return (self.env if self.env is not None else CLEAN_ENV).get("PATH", os.defpath)


def child_env(runtime: Runtime, home: Path | None = None) -> dict[str, str]:
    """The environment of a child process: the runtime's without :data:`SECRET_ENV`, plus
    ``JAVA_HOME`` (when the runtime names one) and ``NEO4J_HOME`` / ``NEO4J_CONF`` of ``home``."""
    env = {
        k: v
        for k, v in (runtime.env if runtime.env is not None else CLEAN_ENV).items()
        if k not in SECRET_ENV
    }
    if runtime.java_home:
        env["JAVA_HOME"] = runtime.java_home
    if home is not None:
        env.update(NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    return env


def cache_dir(version: str = NEO4J_VERSION, root: str | Path | None = None) -> Path:
    """Where the server jars live: ``<root>/neo4j-<version>`` (jars in ``lib/``); ``root``
    defaults to ``~/.cache/graphbuild``."""
    base = Path(root).expanduser() if root else Path.home() / ".cache" / "graphbuild"
    return base / f"neo4j-{version}"


@dataclass(frozen=True)
class ServerConfig:
    """Everything that goes into the generated ``neo4j.conf`` and the JVM command."""

    home: Path
    bolt_port: int = 7687
    http_port: int | None = None  # None: HTTP connector off
    listen_address: str = "127.0.0.1"
    heap: str = "512m"
    pagecache: str = "256m"
    auth: bool = True
    browser: bool = False  # Neo4j Browser at /browser/ (needs http_port)
    guide_port: int | None = None  # where the guide server listens (browser only)

    @property
    def uri(self) -> str:
        return f"bolt://{self.listen_address}:{self.bolt_port}"

    @property
    def browser_url(self) -> str | None:
        """``http://127.0.0.1:PORT/browser/?connectURL=bolt://127.0.0.1:BOLT`` (no password)."""
        if not self.browser or self.http_port is None:
            return None
        return f"http://{self.listen_address}:{self.http_port}/browser/?connectURL={self.uri}"

    @property
    def guide_url(self) -> str | None:
        """The guide's address on the guide server, for ``:play``."""
        if not self.browser or self.guide_port is None:
            return None
        return f"http://{self.listen_address}:{self.guide_port}/{GUIDE_FILE}"


@dataclass(frozen=True)
class ServerStatus:
    """What :func:`status` reports."""

    up: bool
    uri: str
    version: str
    home: str
    pid: int | None = None
    running: bool = False  # the process is alive (it may not answer Bolt yet)
    foreign: bool = False  # the port answers Bolt, but no server of this home runs
    browser_url: str | None = None  # Neo4j Browser, when the server was started with it
    guide_url: str | None = None  # the guide for ``:play``, likewise

    def line(self) -> str:
        state = "up" if self.up else ("starting/unresponsive" if self.running else "down")
        pid = f" pid {self.pid}" if self.pid else ""
        other = " (the port answers, but not for a server of this home)" if self.foreign else ""
        return f"neo4j {self.version} {state} at {self.uri}{pid} (home {self.home}){other}"


def check_port(port: int) -> int:
    """``port`` when it is 1-65535 (0 would let the OS pick one nobody could find)."""
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ServerError(f"invalid port: {port!r} (give a port from 1 to 65535)")
    return port


def render_conf(cfg: ServerConfig) -> str:
    """The ``neo4j.conf`` for ``cfg``: loopback only, small memory, auth on."""
    check_port(cfg.bolt_port)
    if not re.fullmatch(r"\d+[kmgKMG]?", cfg.heap) or not re.fullmatch(
        r"\d+[kmgKMG]?", cfg.pagecache
    ):
        raise ServerError(f"invalid memory size: heap={cfg.heap!r} pagecache={cfg.pagecache!r}")
    home = Path(cfg.home)
    addr = cfg.listen_address
    lines = [
        "# Generated by graphbuild.neo4j.server - rewritten on every start;"
        " edit ServerConfig instead.",
        f"server.default_listen_address={addr}",
        f"server.default_advertised_address={addr}",
        f"server.directories.data={home / 'data'}",
        f"server.directories.logs={home / 'logs'}",
        f"server.directories.run={home / 'run'}",
        f"server.directories.plugins={home / 'plugins'}",
        f"server.directories.import={home / 'import'}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={addr}:{cfg.bolt_port}",
        f"server.bolt.advertised_address={addr}:{cfg.bolt_port}",
        "server.bolt.tls_level=DISABLED",
    ]
    if cfg.http_port is None:
        if cfg.browser:
            raise ServerError("the Browser needs an HTTP port")
        lines.append("server.http.enabled=false")
    else:
        check_port(cfg.http_port)
        lines += ["server.http.enabled=true", f"server.http.listen_address={addr}:{cfg.http_port}"]
    lines += _browser_conf(cfg)
    lines += [
        "server.https.enabled=false",
        f"server.memory.heap.initial_size={cfg.heap}",
        f"server.memory.heap.max_size={cfg.heap}",
        f"server.memory.pagecache.size={cfg.pagecache}",
        f"dbms.security.auth_enabled={'true' if cfg.auth else 'false'}",
        "db.tx_log.rotation.retention_policy=100M size",
        "server.logs.debug.enabled=true",
        "",
    ]
    return "\n".join(lines)


def _browser_conf(cfg: ServerConfig) -> list[str]:
    """What Neo4j Browser reads from the server: guides and style sheets only from this host
    (the guide server), the guide played after the login, no usage data sent."""
    if not cfg.browser:
        return []
    lines = [
        # 5.26's name (the Browser reads it through dbms.clientConfig()); an unknown name such
        # as "..._allowlist" is refused by the server's strict configuration check
        f"browser.remote_content_hostname_whitelist={cfg.listen_address}",
        "client.allow_telemetry=false",
    ]
    if cfg.guide_port is not None:
        check_port(cfg.guide_port)
        lines.append(f"browser.post_connect_cmd=play {cfg.guide_url}")
    return lines


def find_java(runtime: Runtime | None = None) -> str:
    """``<java_home>/bin/java`` of the runtime, else ``java`` on its PATH;
    :class:`ServerError` if neither."""
    runtime = runtime or Runtime()
    if runtime.java_home and (Path(runtime.java_home) / "bin" / "java").exists():
        return str(Path(runtime.java_home) / "bin" / "java")
    java = shutil.which("java", path=runtime.path)
    if not java:
        raise ServerError("java not found: install Java 17+ or set JAVA_HOME")
    return java


def java_command(
    cfg: ServerConfig, lib: Path, java: str = "java", browser: Path | None = None
) -> list[str]:
    """The JVM command line that runs the server in console mode (``browser``: the folder of
    the Neo4j Browser jar, added to the classpath)."""
    home = Path(cfg.home)
    classpath = f"{lib}/*" + (f"{os.pathsep}{browser}/*" if browser is not None else "")
    return [
        java,
        f"-Xms{cfg.heap}",
        f"-Xmx{cfg.heap}",
        *JVM_FLAGS,
        "-cp",
        classpath,
        ENTRY_POINT,
        f"--home-dir={home}",
        f"--config-dir={home / 'conf'}",
        "--console-mode",
    ]


def ensure_jars(
    version: str = NEO4J_VERSION, *, quiet: bool = False, runtime: Runtime | None = None
) -> Path:
    """Return the ``lib/`` with the server jars, fetching them with Maven on first use."""
    runtime = runtime or Runtime()
    lib = cache_dir(version, runtime.cache_root) / "lib"
    if (lib / ".complete").exists():
        return lib
    return _fetch(
        lib,
        [f"-Dneo4j.version={version}"],
        "neo4j-*.jar",
        f"the Neo4j {version} jars",
        stamp=version,
        quiet=quiet,
        runtime=runtime,
    )


def ensure_browser(
    version: str = BROWSER_VERSION, *, quiet: bool = False, runtime: Runtime | None = None
) -> Path:
    """Return the folder with the Neo4j Browser jar (the ``browser`` profile of the same
    ``pom.xml``, beside the server's ``lib/`` in the same cache), fetching it on first use."""
    runtime = runtime or Runtime()
    where = cache_dir(NEO4J_VERSION, runtime.cache_root) / f"browser-{version}"
    if (where / ".complete").exists():
        return where
    return _fetch(
        where,
        [
            "-Pbrowser",
            f"-Dneo4j.version={NEO4J_VERSION}",
            f"-Dneo4j.browser.version={version}",
            "-DincludeGroupIds=org.neo4j.client",
            "-DincludeArtifactIds=neo4j-browser",
            "-DexcludeTransitive=true",
        ],
        "neo4j-browser-*.jar",
        f"Neo4j Browser {version}",
        stamp=version,
        quiet=quiet,
        runtime=runtime,
    )


def _fetch(
    dest: Path,
    args: list[str],
    expect: str,
    what: str,
    *,
    stamp: str,
    quiet: bool,
    runtime: Runtime,
) -> Path:
    """``mvn dependency:copy-dependencies`` of the packaged ``pom.xml`` (with ``args``) into
    ``dest``, through a partial folder renamed when a jar matching ``expect`` is there."""
    mvn = shutil.which("mvn", path=runtime.path)
    if not mvn:
        raise ServerError(f"mvn not found: it is needed once to fetch {what} from Maven Central")
    cache = dest.parent
    cache.mkdir(parents=True, exist_ok=True)
    pom = cache / "pom.xml"
    pom.write_bytes(resources.files(__package__).joinpath("pom.xml").read_bytes())
    partial = cache / f"{dest.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    log = cache / f"mvn-{dest.name}.log" if dest.name != "lib" else cache / "mvn.log"
    if not quiet:
        print(f"fetching {what} from Maven Central into {dest} (once; log {log})", file=sys.stderr)
    cmd = [mvn, "-B", "-q", "-f", str(pom), "dependency:copy-dependencies"]
    cmd += ["-DincludeScope=runtime", *args, f"-DoutputDirectory={partial}"]
    with open(log, "w", encoding="utf-8") as out:
        proc = subprocess.run(
            cmd,
            cwd=cache,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
            env=child_env(runtime),
        )
    if proc.returncode != 0 or not any(partial.glob(expect)):
        raise ServerError(f"could not fetch {what} with Maven (exit {proc.returncode}); see {log}")
    shutil.rmtree(dest, ignore_errors=True)
    partial.rename(dest)
    (dest / ".complete").write_text(stamp + "\n", encoding="utf-8")
    return dest


def initialised(home: str | Path | None = None) -> bool:
    """True once the server in ``home`` has a password (set-initial-password ran or it
    started before)."""
    home = Path(home).expanduser() if home else default_home()
    return (home / "data" / "dbms" / "auth.ini").exists() or (
        home / "data" / "databases" / "system"
    ).exists()


def _read_pid(home: Path) -> int | None:
    try:
        return int((home / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _pid_is_server(pid: int, home: Path) -> bool:
    """True when ``pid`` is alive and is the Neo4j server of ``home``: its command line
    (``/proc/PID/cmdline``) runs :data:`ENTRY_POINT` with ``--home-dir`` naming ``home``.

    A pid file left behind can name any process, also another home's server: a pid
    is never trusted on its own (without ``/proc`` the pid alone is all there is)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return True  # no /proc: trust the pid
    if ENTRY_POINT.encode() not in args:  # also a zombie (empty command line)
        return False
    flag = b"--home-dir="
    return any(_names_home(pid, a[len(flag) :], home) for a in args if a.startswith(flag))


def _names_home(pid: int, value: bytes, home: Path) -> bool:
    """Whether the ``--home-dir`` value of process ``pid`` is ``home`` (a relative one is
    taken from the process's working directory)."""
    path = os.fsdecode(value)
    if not os.path.isabs(path):
        try:
            path = os.path.join(os.readlink(f"/proc/{pid}/cwd"), path)
        except OSError:
            return False
    return os.path.realpath(path) == os.path.realpath(Path(home).expanduser().absolute())


def _read_state(home: Path) -> dict:
    try:
        return json.loads((home / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def bolt_answers(host: str, port: int, timeout: float = 2.0) -> bool:
    """True when something on host:port completes a Bolt handshake (no auth needed)."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.settimeout(timeout)
            # magic + four version proposals: 5.x range, 4.4 range
            s.sendall(b"\x60\x60\xb0\x17" + struct.pack(">IIII", 0x00080805, 0x00020404, 0, 0))
            reply = b""
            while len(reply) < 4:
                chunk = s.recv(4 - len(reply))
                if not chunk:
                    return False
                reply += chunk
            return reply != b"\x00\x00\x00\x00"
    except OSError:
        return False


def _log_tail(home: Path) -> str:
    parts = []
    for name in (CONSOLE_LOG, "logs/neo4j.log", "logs/debug.log"):
        p = home / name
        if p.exists():
            lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
            errs = [ln for ln in lines if "ERROR" in ln or "Exception" in ln]
            if errs:
                parts.append(f"{p}: " + " | ".join(errs[-3:])[:600])
    return "\n".join(parts)


def status(home: str | Path | None = None, port: int | None = None) -> ServerStatus:
    """Is the server in ``home`` running and answering Bolt?

    Up means both: the process of the home's pid file is this home's server, and the
    port answers. A port that answers for another home's server is not up."""
    home = Path(home).expanduser().absolute() if home else default_home()
    if port is not None:
        check_port(port)
    state = _read_state(home)
    bolt_port = port or state.get("bolt_port") or 7687
    host = state.get("listen_address", "127.0.0.1")
    pid = _read_pid(home)
    running = bool(pid and _pid_is_server(pid, home))
    answers = bolt_answers(host, bolt_port)
    cfg = _state_config(home, state, bolt_port) if running else None
    return ServerStatus(
        up=answers and running,  # the port alone may be another home's server
        uri=f"bolt://{host}:{bolt_port}",
        version=state.get("version", NEO4J_VERSION),
        home=str(home),
        pid=pid if running else None,
        running=running,
        foreign=answers and not running,
        browser_url=cfg.browser_url if cfg else None,
        guide_url=cfg.guide_url if cfg else None,
    )


def _state_config(home: Path, state: dict, bolt_port: int) -> ServerConfig | None:
    """The Browser part of the configuration a running server was started with (its state
    file), or None when the state says nothing usable."""
    try:
        return ServerConfig(
            home=home,
            bolt_port=int(bolt_port),
            http_port=state.get("http_port"),
            listen_address=str(state.get("listen_address", "127.0.0.1")),
            browser=bool(state.get("browser")),
            guide_port=state.get("guide_port"),
        )
    except (TypeError, ValueError):
        return None


@contextlib.contextmanager
def _lock(home: Path) -> Iterator[None]:
    import fcntl

    (home / "run").mkdir(parents=True, exist_ok=True)
    with open(home / "run" / "graphbuild.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _set_initial_password(
    cfg: ServerConfig, lib: Path, java: str, password: str, runtime: Runtime
) -> None:
    home = Path(cfg.home)
    argfile = home / "run" / "set-password.args"
    fd = os.open(argfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        quoted = '"' + password.replace("\\", "\\\\").replace('"', '\\"') + '"'
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"dbms\nset-initial-password\n{quoted}\n")
        proc = subprocess.run(
            [java, "-Xmx128m", "-cp", f"{lib}/*", ADMIN_TOOL, f"@{argfile}"],
            env=child_env(runtime, home),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            umask=PRIVATE_UMASK,
        )
    finally:
        with contextlib.suppress(OSError):
            argfile.unlink()
    if proc.returncode != 0:
        msg = (proc.stderr or proc.stdout).replace(password, "***").strip().splitlines()
        raise ServerError(
            "could not set the initial Neo4j password: "
            + (msg[-1] if msg else f"exit {proc.returncode}")
        )


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _check_auth(uri: str, password: str, timeout: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    try:
        with GraphDatabase.driver(
            uri, auth=("neo4j", password), connection_timeout=timeout
        ) as driver:
            driver.verify_connectivity()
            driver.execute_query("RETURN 1", database_="neo4j")
    except AuthError as exc:
        raise ServerError(
            "the server is up but NEO4J_PASSWORD does not match"
            " the password it was initialised with; "
            "use that password, or stop the server and delete its home to start over"
        ) from exc


DEFAULT_BOLT_PORT = 7687


def start(
    home: str | Path | None = None,
    port: int | None = None,
    *,
    password: str | None = None,
    http_port: int | None = None,
    heap: str = "512m",
    pagecache: str = "256m",
    timeout: float = 180.0,
    quiet: bool = False,
    runtime: Runtime | None = None,
    browser: bool = False,
    queries_dir: str | Path | None = None,
) -> ServerStatus:
    """Start the server in the background and return once Bolt answers.

    ``browser``: also serve Neo4j Browser (HTTP on ``http_port``, else
    :data:`DEFAULT_HTTP_PORT`) and the guide of the queries in ``queries_dir`` (the
    packaged ones by default; written with their documented defaults, see
    :func:`graphbuild.neo4j.guide.publish` for examples from the graph).

    A no-op when the server in ``home`` is already up. ``port`` None means the
    port that server runs on, or :data:`DEFAULT_BOLT_PORT` when it is not running.
    ``password`` is required the first time, to set the initial password; later
    it is only used to check that it still matches. ``runtime`` says which Java,
    which jar cache and which environment (see :class:`Runtime`; the password is
    never in the server's environment).
    """
    home = Path(home).expanduser().absolute() if home else default_home()
    runtime = runtime or Runtime()
    for p in (port, http_port):
        if p is not None:
            check_port(p)
    if browser and http_port is None:
        http_port = DEFAULT_HTTP_PORT
    make_home(home)
    with _lock(home):
        current = status(home)
        if port is None:
            port = (
                _read_state(home).get("bolt_port") if current.running else None
            ) or DEFAULT_BOLT_PORT
        cfg = ServerConfig(
            home=home,
            bolt_port=check_port(port),
            http_port=http_port,
            heap=heap,
            pagecache=pagecache,
            browser=browser,
        )
        if current.running:
            return _join_running(current, cfg, password, timeout, runtime)
        return _start_new(cfg, password, timeout, quiet, runtime, queries_dir)


def _start_new(
    cfg: ServerConfig,
    password: str | None,
    timeout: float,
    quiet: bool,
    runtime: Runtime,
    queries_dir: str | Path | None,
) -> ServerStatus:
    """``start`` of a server that is not running (the home locked)."""
    home = Path(cfg.home)
    for p in (cfg.bolt_port, cfg.http_port):
        if p is not None and not _port_free(cfg.listen_address, p):
            raise ServerError(
                f"port {p} on {cfg.listen_address} is already in use by another process"
            )
    java = find_java(runtime)
    lib = ensure_jars(quiet=quiet, runtime=runtime)
    extra = ensure_browser(quiet=quiet, runtime=runtime) if cfg.browser else None
    cfg = _start_guide(cfg, runtime, queries_dir)
    try:
        (home / "conf" / "neo4j.conf").write_text(render_conf(cfg), encoding="utf-8")
        if not initialised(home):
            _set_initial_password(cfg, lib, java, _initial_password(password), runtime)
        proc = _spawn(cfg, lib, java, runtime, extra)
    except BaseException:
        guideserver.stop(home)  # no server: no guide server either
        raise
    if not quiet:
        print(
            f"starting Neo4j {NEO4J_VERSION} (pid {proc.pid}) at {cfg.uri};"
            f" logs in {home / 'logs'}",
            file=sys.stderr,
        )
    try:
        return _wait_ready(cfg, proc.pid, password, timeout, time.monotonic(), proc)
    except ServerError:
        if proc.poll() is not None:  # Neo4j is gone: so is its guide server
            guideserver.stop(home)
        raise


def _start_guide(
    cfg: ServerConfig,
    runtime: Runtime,
    queries_dir: str | Path | None = None,
    port: int | None = None,
) -> ServerConfig:
    """``cfg`` with the port of a new guide server of its home, the guide written with the
    documented defaults (browser only; without the Browser a guide server left over from an
    earlier start is stopped)."""
    home = Path(cfg.home)
    if not cfg.browser:
        guideserver.stop(home)
        return cfg
    from . import guide  # the query library and its parser, only for the Browser

    origins = [f"http://{h}:{cfg.http_port}" for h in (cfg.listen_address, "localhost")]
    try:
        guide_port = guideserver.start(home, cfg.listen_address, port, origins, child_env(runtime))
    except OSError as exc:
        raise ServerError(str(exc)) from None
    try:
        cfg = dataclasses.replace(cfg, guide_port=guide_port)
        page = guide.guide_html(queries_dir, cfg.guide_url)
        guide.write_guide(home / guideserver.GUIDE_DIR, page)
    except BaseException as exc:
        guideserver.stop(home)  # no guide: no guide server left behind either
        if isinstance(exc, (OSError, GraphbuildError)) and not isinstance(exc, ServerError):
            raise ServerError(f"cannot write the Browser guide: {exc}") from None
        raise
    return cfg


def make_home(home: str | Path) -> Path:
    """Create the server home (``0700``: it holds the password hash and the store) and its
    subdirectories; ``ServerError`` when it cannot (also a file where the home should be)."""
    home = Path(home).expanduser().absolute()
    try:
        blocker = next((p for p in (home, *home.parents) if p.exists()), None)
        if blocker is not None and not blocker.is_dir():
            raise ServerError(f"cannot use {home} as the server home: {blocker} is not a directory")
        home.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            home.mkdir(mode=0o700)
        for sub in ("conf", "data", "logs", "run", "plugins", "import"):
            (home / sub).mkdir(mode=0o700, exist_ok=True)
        auth = home / "data" / "dbms" / "auth.ini"
        if auth.is_file():  # left by an older version with the default umask
            auth.chmod(0o600)
    except OSError as exc:
        raise ServerError(f"cannot use {home} as the server home: {exc.strerror or exc}") from None
    return home


def _initial_password(password: str | None) -> str:
    """The password for a new server (``ServerError`` when unset or too short)."""
    if not password:
        raise ServerError(
            "NEO4J_PASSWORD is not set: it is needed to set the initial password of a new server"
        )
    if len(password) < 8:
        raise ServerError("NEO4J_PASSWORD must be at least 8 characters long (Neo4j's minimum)")
    return password


def _join_running(
    current: ServerStatus,
    cfg: ServerConfig,
    password: str | None,
    timeout: float,
    runtime: Runtime | None = None,
) -> ServerStatus:
    """``start`` of a server already running in the home: the same port, and ready (with the
    Browser when asked for: it must have been started with it; its guide server is restarted
    if it stopped)."""
    assert current.pid is not None  # status() says running only of a live pid
    if cfg.browser:
        _join_browser(current, cfg, runtime or Runtime())
    if current.up:
        if current.uri != cfg.uri:
            raise ServerError(
                f"the server in {cfg.home} is already running at {current.uri}; stop it first"
            )
        if password:  # also checks that NEO4J_PASSWORD still opens it
            return _wait_ready(cfg, current.pid, password, timeout, time.monotonic())
        return current
    return _wait_ready(cfg, current.pid, password, timeout, time.monotonic())


def _join_browser(current: ServerStatus, cfg: ServerConfig, runtime: Runtime) -> None:
    """The Browser asked of a running server: it has it (on the same HTTP port when one is
    given), and its guide server runs."""
    home = Path(cfg.home)
    state = _read_state(home)
    was = _state_config(home, state, int(state.get("bolt_port") or cfg.bolt_port))
    if was is None or not was.browser:
        raise ServerError(
            f"the server in {home} is already running without the Browser; stop it first"
        )
    if cfg.http_port not in (None, DEFAULT_HTTP_PORT, was.http_port):
        raise ServerError(
            f"the server in {home} already serves the Browser on port {was.http_port};"
            " stop it first"
        )
    if guideserver.running(home) is None:
        _start_guide(was, runtime, port=was.guide_port)


def _spawn(
    cfg: ServerConfig, lib: Path, java: str, runtime: Runtime, browser: Path | None = None
) -> subprocess.Popen[bytes]:
    """Run the server in the background (output to the console log); record its pid and state."""
    home = Path(cfg.home)
    with open(home / CONSOLE_LOG, "ab") as log:  # the child keeps its own descriptor
        try:
            proc = subprocess.Popen(
                java_command(cfg, lib, java, browser),
                cwd=home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env=child_env(runtime, home),
                umask=PRIVATE_UMASK,
            )
        except OSError as exc:
            raise ServerError(f"could not run java: {exc}") from exc
    (home / PID_FILE).write_text(f"{proc.pid}\n")
    state = {
        "version": NEO4J_VERSION,
        "bolt_port": cfg.bolt_port,
        "http_port": cfg.http_port,
        "listen_address": cfg.listen_address,
        "pid": proc.pid,
        "lib": str(lib),
        "browser": cfg.browser,
        "guide_port": cfg.guide_port,
    }
    (home / STATE_FILE).write_text(json.dumps(state, indent=1), encoding="utf-8")
    return proc


def _wait_ready(
    cfg: ServerConfig,
    pid: int,
    password: str | None,
    timeout: float,
    t0: float,
    proc: subprocess.Popen[bytes] | None = None,
) -> ServerStatus:
    home = Path(cfg.home)
    while True:
        if proc is not None and proc.poll() is not None:
            raise ServerError(
                f"Neo4j exited during start (exit {proc.returncode}); see {home / CONSOLE_LOG}"
                + (f"\n{_log_tail(home)}" if _log_tail(home) else "")
            )
        if proc is None and not _pid_is_server(pid, home):
            raise ServerError(f"Neo4j (pid {pid}) is gone; see {home / CONSOLE_LOG}")
        if bolt_answers(cfg.listen_address, cfg.bolt_port):
            break
        if time.monotonic() - t0 > timeout:
            raise ServerError(
                f"Neo4j did not answer on {cfg.uri} within {timeout:.0f}s;"
                f" it is still running (pid {pid}); "
                f"see {home / CONSOLE_LOG} and {home / 'logs' / 'debug.log'}"
            )
        time.sleep(0.5)
    if password:
        remaining = max(10.0, timeout - (time.monotonic() - t0))
        deadline = time.monotonic() + remaining
        while True:
            try:
                _check_auth(cfg.uri, password, timeout=10.0)
                break
            except ServerError:
                raise
            except Exception as exc:  # databases still coming online
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"Neo4j answers Bolt at {cfg.uri} but is not usable: {type(exc).__name__}; "
                        f"see {home / 'logs' / 'debug.log'}"
                    ) from exc
                time.sleep(1.0)
    return status(home, cfg.bolt_port)


def stop(home: str | Path | None = None, timeout: float = 60.0) -> bool:
    """Stop the server in ``home`` (SIGTERM, wait, then SIGKILL). False if it was not running."""
    home = Path(home).expanduser().absolute() if home else default_home()
    guideserver.stop(home)  # only this home's own (its /proc/PID/cmdline names the home)
    pid = _read_pid(home)
    if not pid or not _pid_is_server(pid, home):
        with contextlib.suppress(OSError):
            (home / PID_FILE).unlink()
        return False
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    except PermissionError as exc:
        raise ServerError(f"not allowed to stop Neo4j (pid {pid})") from exc
    deadline = time.monotonic() + timeout
    while _pid_is_server(pid, home) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.3)
    if _pid_is_server(pid, home):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        time.sleep(0.5)
        if _pid_is_server(pid, home):
            raise ServerError(f"Neo4j (pid {pid}) did not stop")
    with contextlib.suppress(OSError):
        (home / PID_FILE).unlink()
    return True


def _publish_guide(st: ServerStatus, password: str | None) -> None:
    """The guide of a server that serves one, with examples from its graph (``main``)."""
    if not st.guide_url:
        return
    from . import guide
    from .loader import Neo4jSettings

    settings = Neo4jSettings(uri=st.uri, password=password) if password else None
    try:
        guide.publish(Path(st.home) / guideserver.GUIDE_DIR, st.guide_url, settings)
    except OSError as exc:
        raise ServerError(f"cannot write the Browser guide: {exc}") from None


def browser_lines(st: ServerStatus) -> list[str]:
    """What to print of a server that serves Neo4j Browser: its address and the guide's."""
    lines = []
    if st.browser_url:
        lines.append(f"browser: {st.browser_url}")
    if st.guide_url:
        lines.append(f"guide: :play {st.guide_url}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """``python -m graphbuild.neo4j.server start|stop|status [--port N] [--home DIR]``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m graphbuild.neo4j.server", description="Local Neo4j server"
    )
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument(
        "--port",
        type=int,
        default=None,
        help="Bolt port (default: the port a running server uses, else 7687)",
    )
    parser.add_argument("--home", default=None, help=f"server home (default {default_home()})")
    parser.add_argument(
        "--http-port",
        type=int,
        default=None,
        help="also open the HTTP connector on this port (default: off; 7474 with --browser)",
    )
    parser.add_argument(
        "--browser",
        action="store_true",
        help="serve Neo4j Browser at http://127.0.0.1:HTTP_PORT/browser/ and the query guide",
    )
    parser.add_argument(
        "--timeout", type=float, default=180.0, help="seconds to wait for Bolt (default 180)"
    )
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            # the command line boundary: the environment is read here, and only here
            st = start(
                args.home,
                args.port,
                password=os.environ.get("NEO4J_PASSWORD"),
                http_port=args.http_port,
                timeout=args.timeout,
                runtime=Runtime.from_env(os.environ),
                browser=args.browser,
            )
            print(st.line())
            _publish_guide(st, os.environ.get("NEO4J_PASSWORD"))
            for line in browser_lines(st):
                print(line)
        elif args.action == "stop":
            print("stopped" if stop(args.home) else "not running")
        else:
            st = status(args.home, args.port)
            print(st.line())
            return 0 if st.up else ServerDown.exit_code
    except GraphbuildError as err:  # ServerError, and the guide's errors
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
