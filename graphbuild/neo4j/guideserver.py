"""The guide server: the query library's Browser guide over HTTP, on 127.0.0.1 only.

Neo4j Browser's ``:play URL`` and ``:style URL`` fetch a page with a cross-origin
request, from a host that the server's ``browser.remote_content_hostname_allowlist``
names. Neo4j serves no file of ours, so :func:`graphbuild.neo4j.server.start`
(with ``browser=True``) runs this small server beside it::

    python -m graphbuild.neo4j.guideserver --home=H --fd=N --origin=http://127.0.0.1:7474

detached in its own session, its pid in ``H/run/guide.pid``, its log in
``H/logs/guide.log``. The parent binds the listening socket (127.0.0.1, a port
the system picks unless one is given) and hands it over, so its port is known
before Neo4j's configuration is written and nothing can take it in between.

It answers ``GET``/``HEAD`` for the files of :data:`SERVED` in ``H/guide/`` and
nothing else (no listing, no other path), with ``Access-Control-Allow-Origin``
only for the Browser's origins, and ``OPTIONS`` for a preflight. Like the
Neo4j pid, its pid is trusted only when ``/proc/PID/cmdline`` runs this module
for this home, so :func:`stop` never stops another home's guide server.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["SERVED", "GUIDE_DIR", "start", "stop", "running", "main"]

MODULE = "graphbuild.neo4j.guideserver"
GUIDE_DIR = "guide"
PID_FILE = "run/guide.pid"
LOG_FILE = "logs/guide.log"
#: the only files served, with their content types
SERVED: Mapping[str, str] = {
    "graphbuild.html": "text/html; charset=utf-8",
    "graphbuild.grass": "text/plain; charset=utf-8",
}


def _read_regular(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file, not a link (``OSError`` otherwise)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise OSError(f"{path}: not a regular file")
        return fh.read()


class _Handler(BaseHTTPRequestHandler):
    directory: Path = Path(".")
    origins: frozenset[str] = frozenset()
    server_version = "graphbuild-guide"
    sys_version = ""

    def _cors(self) -> None:
        origin = self.headers.get("Origin", "")
        if origin in self.origins:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")

    def _host_ok(self) -> bool:
        """The request names this server by a loopback name (``Host``): a page whose own
        name was rebound to 127.0.0.1 (DNS rebinding) is not answered."""
        port = self.connection.getsockname()[1]  # the port this request came in on
        return self.headers.get("Host", "") in {f"127.0.0.1:{port}", f"localhost:{port}"}

    def _body(self) -> tuple[int, bytes, str]:
        name = self.path.split("?", 1)[0].split("#", 1)[0].lstrip("/")
        if name not in SERVED or not self._host_ok():
            return 404, b"not found\n", "text/plain; charset=utf-8"
        try:
            return 200, _read_regular(self.directory / name), SERVED[name]
        except OSError:
            return 404, b"not written yet\n", "text/plain; charset=utf-8"

    def _answer(self, with_body: bool) -> None:
        code, body, ctype = self._body()
        self.send_response(code)
        self._cors()
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        self._answer(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(False)

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "cache-control, pragma, content-type")
        self.send_header("Content-Length", "0")
        self.end_headers()


def serve(sock: socket.socket, directory: Path, origins: frozenset[str]) -> None:
    """Serve ``directory`` on the listening socket ``sock`` until the process is stopped."""
    handler = type("Handler", (_Handler,), {"directory": directory, "origins": origins})
    httpd = ThreadingHTTPServer(sock.getsockname()[:2], handler, bind_and_activate=False)
    httpd.socket.close()
    httpd.socket = sock
    httpd.daemon_threads = True
    httpd.serve_forever()


def _names_this(pid: int, home: Path) -> bool:
    """Whether ``pid`` is alive and runs this module for ``home`` (``/proc/PID/cmdline``)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    if MODULE.encode() not in args:
        return False
    want = os.path.realpath(home)
    flag = b"--home="
    return any(
        os.path.realpath(os.fsdecode(a[len(flag) :])) == want for a in args if a.startswith(flag)
    )


def running(home: str | Path) -> int | None:
    """The pid of ``home``'s guide server when it runs, else None."""
    home = Path(home).absolute()
    try:
        pid = int((home / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _names_this(pid, home) else None


def stop(home: str | Path, timeout: float = 10.0) -> bool:
    """Stop ``home``'s guide server (SIGTERM, then SIGKILL); False when none ran."""
    home = Path(home).absolute()
    pid = running(home)
    with contextlib.suppress(OSError):
        (home / PID_FILE).unlink()
    if pid is None:
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _names_this(pid, home) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    if _names_this(pid, home):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return True


def start(
    home: str | Path,
    host: str,
    port: int | None,
    origins: list[str],
    env: Mapping[str, str],
) -> int:
    """Start ``home``'s guide server on ``host`` (``port``, else one the system picks) and
    return its port. A guide server the home ran before is stopped first. ``env`` is the
    child's environment (the package's folder is put on its ``PYTHONPATH``)."""
    home = Path(home).absolute()
    stop(home)
    (home / GUIDE_DIR).mkdir(mode=0o700, exist_ok=True)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((host, port or 0))
    except OSError as exc:
        sock.close()
        raise OSError(f"cannot listen on {host}:{port} for the guide: {exc.strerror}") from None
    sock.listen(16)
    actual = int(sock.getsockname()[1])
    package_root = str(Path(__file__).resolve().parents[2])
    child = dict(env)
    child["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    cmd = [sys.executable, "-m", MODULE, f"--home={home}", f"--fd={sock.fileno()}"]
    cmd += [f"--origin={o}" for o in origins]
    try:
        with open(home / LOG_FILE, "ab") as log:
            proc = subprocess.Popen(
                cmd,
                cwd=home,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                pass_fds=(sock.fileno(),),
                env=child,
                umask=0o077,
            )
    finally:
        sock.close()
    (home / PID_FILE).write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + 30
    while not _names_this(proc.pid, home):  # its command line appears once exec is done
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(home)
            raise OSError(f"the guide server did not start; see {home / LOG_FILE}")
        time.sleep(0.02)
    return actual


def main(argv: list[str] | None = None) -> int:
    """The child process: ``--home=H --fd=N [--origin=O ...]``."""
    import argparse

    parser = argparse.ArgumentParser(prog=f"python -m {MODULE}")
    parser.add_argument("--home", required=True)
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--origin", action="append", default=[])
    args = parser.parse_args(argv)
    sock = socket.socket(fileno=args.fd)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with contextlib.suppress(KeyboardInterrupt, SystemExit):
        serve(sock, Path(args.home) / GUIDE_DIR, frozenset(args.origin))
    return 0


if __name__ == "__main__":
    sys.exit(main())
